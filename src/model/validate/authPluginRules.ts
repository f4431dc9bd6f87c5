// Authentication the designer does not check (issue 15 item 5): an imported broker that authenticates through a
// plugin the model does not read (JAAS in any form, a custom plugin <bean>) is told so as info, instead of being
// reported as accepting connections without authentication. Its bridge users and rights cannot be checked here.

import { uncheckedAuthentication } from '../importedAuth';
import type { DerivedNetwork } from '../network';
import type { Diagnostic } from '../types';
import { diagnostic } from './diagnostic';
import type { CodeMeta } from './meta';

export function authenticationUncheckedRule(net: DerivedNetwork): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of net.topology.brokers) {
    if (b.role === 'external' || b.users !== undefined) continue;
    const plugin = uncheckedAuthentication(b.imported);
    if (plugin) {
      out.push(diagnostic('authentication-unchecked', 'info', `${JSON.stringify(b.name)} authenticates with ${plugin}, which the designer does not read: it cannot check that the bridge users of its links exist there with the rights a bridge needs. Check them in that plugin's own configuration (login.config, the plugin's users), or replace it with users the designer manages.`, [b.name]));
    }
  }
  return out;
}

/** The catalogue entry of the code raised here (validate/catalogue.ts). */
export const authPluginCodes: CodeMeta[] = [
  {
    code: 'authentication-unchecked', severities: ['info'],
    title: 'A broker authenticates through a plugin the designer does not read (JAAS, a custom plugin bean)',
    breaks: 'Nothing by itself: the broker does authenticate. But the designer cannot see its users, so it cannot tell whether each link\'s bridge user exists there with the same password and the rights a bridge needs; a wrong one means the bridge is refused and nothing is forwarded.',
    logLine: 'java.lang.SecurityException: User name [amq] or password is invalid.',
    fix: 'Check the bridge users in the plugin\'s own configuration (for JAAS: the login.config realm and its users and groups files), or replace the plugin with a simpleAuthenticationPlugin whose users the designer manages. The imported plugin is exported back byte for byte.',
    example: '<plugins>\n  <jaasDualAuthenticationPlugin configuration="activemq" sslConfiguration="activemq-ssl"/>\n</plugins>',
  },
];
