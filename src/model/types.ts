// The domain types of an ActiveMQ network of brokers, as held in an `amq-topology/1` file (CONTRACT section 1).
// Every entity carries `extra`: fields this version does not know, kept so that a save writes them back.

export type Preset = 'mcollective' | 'plain';
/** Where the network runs: self-managed ActiveMQ (the default) or Amazon MQ for ActiveMQ. */
export type DeploymentTarget = 'activemq' | 'amazon-mq';
/** An Amazon MQ broker's deployment: one instance, or an active/standby pair (endpoints `-1` and `-2`). */
export type DeploymentMode = 'single' | 'active-standby';
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

/** A group of managed MCollective servers attached to one broker (model/mcollectiveCfg.ts writes their pool). */
export interface ServerGroup {
  name: string;
  count: number;
  /** The broker user the servers log in as; default "mcollective". */
  user?: string;
  /** Further brokers of the connection pool, by name, in order (the local broker always comes first). */
  failover?: string[];
  extra?: Extra;
}

/** Operator clients (`mco`) at a NOC broker. */
export interface ClientGroup {
  name: string;
  /** The broker user the clients log in as; default "admin". */
  user?: string;
  failover?: string[];
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
  /** The MCollective servers (nodes) connecting to this broker: written out as `<broker>/server.cfg`. */
  servers?: ServerGroup;
  /** MCollective operator clients (NOC brokers only): written out as `<broker>/client.cfg`. */
  clients?: ClientGroup;
  position?: Position;
  /** Amazon MQ: single instance (default) or active/standby pair. */
  deploymentMode?: DeploymentMode;
  /** Amazon MQ: the broker's endpoint host once known (`b-<uuid>-1.mq.<region>.amazonaws.com`). */
  endpoint?: string;
  /** Set on brokers read from an activemq.xml: what the model does not cover, kept to be written back. */
  imported?: ImportedSource;
  extra?: Extra;
}

/**
 * The original file of an imported broker with its modelled sections cut out and replaced by markers
 * (see model/import/template.ts); export fills the markers from the model and keeps every other byte.
 */
export interface ImportedSource {
  file?: string;
  template: string;
  /** Connectors that dial no single broker (multicast, LDAP, discovery): written back as they were. */
  connectors?: string[];
  extra?: Extra;
}

/** A <networkConnector> kept as written, because the presets cannot express it. */
export interface RawConnector {
  xml: string;
  /** Which URI of a multi-URI `static:(a,b)` connector this link stands for (0 or absent: the first). */
  targetIndex?: number;
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
  /** Imported connectors kept as written; when present they replace the preset's connectors for this link. */
  connectors?: RawConnector[];
  extra?: Extra;
}

export interface Settings {
  preset: Preset;
  networkTTL?: number;
  activemqVersion?: string;
  /** Absent = 'activemq'. With 'amazon-mq', activemqVersion is the engine version (5.17, 5.18 or 5.19). */
  target?: DeploymentTarget;
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
