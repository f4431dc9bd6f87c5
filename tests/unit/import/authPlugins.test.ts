// Authentication by plugins the model does not read (issue 15 item 5): JAAS (dual, under a blueprint root) and a
// custom plugin bean are "authentication-unchecked" (info), not "no-authentication"; a commented-out plugin is none;
// the plugin's bytes survive export.

import { describe, expect, it } from 'vitest';
import { codeMeta } from '../../../src/model/validate/catalogue';
import { importBrokerFiles, validate } from '../../../src/model';
import { fixture, importFixture, reexport } from './helpers';

const CORE = 'xmlns="http://activemq.apache.org/schema/core"';
const found = (t: ReturnType<typeof importFixture>) => validate(t).filter((d) => /authentication/.test(d.code)).map((d) => [d.code, d.severity, d.brokers]);

describe('authentication by plugins the designer does not read', () => {
  it.each([
    ['auth-jaas-dual.xml', 'dual', '<jaasDualAuthenticationPlugin>', '<amq:jaasDualAuthenticationPlugin configuration="activemq" sslConfiguration="activemq-ssl"/>'],
    ['auth-blueprint.xml', 'osgi', '<jaasAuthenticationPlugin>', '<jaasAuthenticationPlugin configuration="karaf"/>'],
    ['auth-custom-bean.xml', 'custom', '<bean class="com.example.activemq.TokenAuthenticationPlugin">', '<property name="issuer" value="https://sso.example.com/"/>'],
  ])('%s: authentication-unchecked (info) naming the plugin, no no-authentication; the plugin is exported back', (file, broker, plugin, bytes) => {
    const t = importFixture(file);
    expect(found(t)).toEqual([['authentication-unchecked', 'info', [broker]]]);
    expect(validate(t).find((d) => d.code === 'authentication-unchecked')!.message).toContain(plugin);
    const [source] = fixture(file);
    const [out] = reexport(t);
    expect(source.text).toContain(bytes);
    expect(out.text).toContain(bytes);
    expect(found(importBrokerFiles([{ name: file, text: out.text }]))).toEqual(found(t));
  });

  it('a commented-out JAAS plugin (ActiveMQ\'s default conf) authenticates no one: no-authentication', () => {
    const text = `<beans><broker ${CORE} brokerName="b"><!--\n<plugins>\n  <jaasAuthenticationPlugin configuration="activemq"/>\n</plugins>\n--></broker></beans>`;
    expect(found(importBrokerFiles([{ name: 'b.xml', text }]))).toEqual([['no-authentication', 'warning', ['b']]]);
  });

  it('an authorization bean (LDAP map) or a non-security plugin is not authentication', () => {
    const plugins = '<plugins><bean xmlns="http://www.springframework.org/schema/beans" class="org.apache.activemq.security.LDAPAuthorizationMap"/><timeStampingBrokerPlugin zeroExpirationOverride="1000"/></plugins>';
    const text = `<beans><broker ${CORE} brokerName="b">${plugins}</broker></beans>`;
    expect(found(importBrokerFiles([{ name: 'b.xml', text }]))).toEqual([['no-authentication', 'warning', ['b']]]);
  });

  it('users the designer reads win: no unchecked note beside them', () => {
    const text = `<beans><broker ${CORE} brokerName="b"><plugins><jaasAuthenticationPlugin configuration="x"/><simpleAuthenticationPlugin><users><authenticationUser username="u" password="p" groups="g"/></users></simpleAuthenticationPlugin></plugins></broker></beans>`;
    expect(found(importBrokerFiles([{ name: 'b.xml', text }]))).toEqual([]);
  });

  it('has its catalogue entry', () => {
    expect(codeMeta('authentication-unchecked')).toMatchObject({ severities: ['info'] });
  });
});
