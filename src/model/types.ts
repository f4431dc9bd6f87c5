// The domain types of an ActiveMQ network of brokers, as held in an `amq-topology/1` file (CONTRACT section 1).
// Every entity carries `extra`: fields this version does not know, kept so that a save writes them back.

export type Preset = 'mcollective' | 'plain';
export type BrokerRole = 'noc' | 'broker' | 'external';
export type Severity = 'error' | 'warning' | 'info';

export type Extra = Record<string, unknown>;

export interface Transport {
  name: string;
  uri: string;
  /** transportConnector@discoveryUri, e.g. multicast://default (kept from imports). */
  discoveryUri?: string;
  extra?: Extra;
}

export interface User {
  username: string;
  password: string;
  groups: string[];
  extra?: Extra;
}

/** One authorizationEntry: exactly one of queue/topic/tempQueue/tempTopic names what it guards. */
export interface AuthorizationEntry {
  queue?: string;
  topic?: string;
  tempQueue?: boolean;
  tempTopic?: boolean;
  read: string[];
  write: string[];
  admin: string[];
  extra?: Extra;
}

export interface SslSettings {
  keyStore?: string;
  keyStorePassword?: string;
  trustStore?: string;
  trustStorePassword?: string;
  extra?: Extra;
}

export interface Position {
  x: number;
  y: number;
}

export interface Broker {
  name: string;
  role: BrokerRole;
  host: string;
  location?: string;
  transports: Transport[];
  users?: User[];
  authorization?: AuthorizationEntry[];
  ssl?: SslSettings;
  position?: Position;
  extra?: Extra;
}

export interface Link {
  from: string;
  to: string;
  name?: string;
  duplex?: boolean;
  transport?: string;
  userName?: string;
  password?: string;
  networkTTL?: number;
  backups?: string[];
  extra?: Extra;
}

export interface Settings {
  preset: Preset;
  networkTTL?: number;
  activemqVersion?: string;
  extra?: Extra;
}

export interface Topology {
  format: 'amq-topology/1';
  name?: string;
  settings: Settings;
  brokers: Broker[];
  links: Link[];
  extra?: Extra;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  brokers: string[];
  links: string[];
}

export const TOPOLOGY_FORMAT = 'amq-topology/1';
