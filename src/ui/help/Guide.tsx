// The short in-app guide: the ideas a new user needs to design a network of brokers that works (roles, who dials
// whom, duplex versus paired links, presets, networkTTL, SSL, MCollective pools).

export function Guide() {
  return (
    <div className="guide">
      <h3>Roles</h3>
      <p>
        A <b>NOC broker</b> is where the operators&rsquo; tools (<code>mco</code>) connect; the network is checked outward from it.
        A <b>broker</b> serves one country or data center: its MCollective servers connect to it. An <b>external</b> broker
        is one you do not manage: links may dial it, but no file is written for it.
      </p>
      <h3>Who dials whom</h3>
      <p>
        Drag from one broker to another: <b>the broker where the drag starts dials the broker where it ends</b>. The dialling
        broker gets the <code>&lt;networkConnector&gt;</code> with the far broker&rsquo;s address; the arrow points at the
        broker being dialled, which only needs an OpenWire transport and the bridge user. With the keyboard: select a
        broker and press <kbd>C</kbd> (&ldquo;Connect to&hellip;&rdquo;, also in the inspector), then pick the broker it dials.
      </p>
      <h3>Duplex or paired</h3>
      <p>
        A network connector forwards <b>one way</b>. A <b>duplex</b> link is one connection that carries both directions (written on
        the dialling side only). <b>Paired</b> links are two one-way links, a&rarr;b and b&rarr;a, each its own connection; they
        recover better when a broker restarts. Use one or the other per pair: a duplex link plus its reverse is a
        duplicate bridge, and a one-way link alone loses every reply (<code>missing-return-link</code>).
      </p>
      <h3>Presets</h3>
      <p>
        <b>MCollective</b> writes two connectors per link: one for topics (broadcast requests, conduit subscriptions on) and one
        for queues (direct requests and replies, <code>conduitSubscriptions=&quot;false&quot;</code>), each excluding the other&rsquo;s
        destinations, as MCollective&rsquo;s documentation recommends. <b>Plain</b> writes one connector that carries everything.
      </p>
      <h3>networkTTL and hops</h3>
      <p>
        A message crosses at most <code>networkTTL</code> bridges, and a bridge ignores consumers more than that many hops away
        (ActiveMQ&rsquo;s default is 1). A star needs 2 (spoke &rarr; NOC &rarr; spoke); a chain of N brokers needs N&minus;1. Leave the
        network&rsquo;s networkTTL empty and the designer uses the longest path that must work (<code>ttl-too-low</code> otherwise).
      </p>
      <h3>SSL</h3>
      <p>
        A link travels over TLS when its target transport is <code>ssl</code> or <code>nio+ssl</code>. The dialling broker then needs an
        SSL context whose trust store trusts the far broker (<code>ssl-context-missing</code>). Links between locations should be
        SSL: otherwise bridge passwords and messages cross the WAN readable (<code>plaintext-wan-link</code>). &ldquo;Download
        zip&rdquo; can add <code>make-keystores.sh</code>.
      </p>
      <h3>MCollective pools</h3>
      <p>
        MCollective servers (<code>server.cfg</code>) and operator clients (<code>client.cfg</code>) talk STOMP to a pool of brokers: their
        own broker first, then the brokers to fail over to. Give a broker its server or client group in the inspector; the
        export writes each group&rsquo;s settings beside the broker&rsquo;s <code>activemq.xml</code>, and the simulation shows whether a
        broadcast from the NOC reaches them and the replies come back.
      </p>
    </div>
  );
}
