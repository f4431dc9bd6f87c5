// The public surface of the model: what the CLI, the stores and the tests import.

export * from './types';
export { parseTopology, readTopology, serializeTopology, toJson } from './topologyFile';
export { TopologyError } from './topologyErrors';
export { validate, hasErrors } from './validate';
export { deriveNetwork, connectorTtl, type DerivedNetwork } from './network';
export { networkConnectors, connectorUri, dialedTransport, type NetworkConnector } from './connectors';
export { generateBrokerXml, brokerXml } from './xml/brokerXml';
export { exportFiles, exportedBrokers, buildZip, topologyFileName, type ExportedFile, type ExportOptions } from './exportFiles';
export { examples, exampleTopology, mcollectiveUsers, mcollectiveAuthorization, type Example } from './examples';
export { sanitizeBrokerName, linkId, connectorNames, fileSafeName } from './names';
export { importBrokerFiles, type SourceFile } from './import';
export { XmlError } from './xml/xmlError';
export { xmlFilesFromZip, isZip } from './import/zipInput';
export { simulate, parseDestination, connectorForwards, type Simulation, type FlowResult, type Destination } from './simulate';
export { applyMcollectiveDefaults, suggestedPasswords, generatePassword, maskPasswords, keytoolScript, PASSWORD_ALPHABET, type McollectivePasswords } from './security';
export { KEYTOOL_SCRIPT_NAME, shQuote } from './keytool';
export { mcollectiveConfigs, parseMcollectiveCfg, groupCfg, SSL_PLACEHOLDERS, brokerCertPath, HEARTBEAT_INTERVAL } from './mcollectiveCfg';
export { poolOf, stompTransport, type Pool, type PoolEntry, type GroupKind } from './mcollectiveCfgPool';
export { DEFAULT_SERVER_USER, DEFAULT_CLIENT_USER } from './mcollectiveCfgGroups';
export { DEFAULT_VERSION, OFFERED_VERSIONS, networkVersion, parseVersion, versionEffect } from './activemqVersion';
export { type SimulateOptions, type Hop } from './simulate';
export { destinationSuggestions, type DestinationSuggestion } from './simulateSuggestions';
