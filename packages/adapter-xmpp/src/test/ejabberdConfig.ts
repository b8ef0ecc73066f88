/** Where one private ejabberd node listens. */
export interface EjabberdConfigInput {
  /** Virtual hosts; every node of a cluster must serve the same list. */
  hosts: readonly string[];
  c2sPort: number;
  /** WebSocket (`/xmpp-websocket`) and the admin API (`/api`), 127.0.0.1 only. */
  httpPort: number;
}

/**
 * A private ejabberd config (YAML; JSON strings are valid YAML scalars): loopback only, c2s +
 * WebSocket, no s2s, no in-band registration (the harness creates accounts through the admin
 * API, which answers 127.0.0.1 only), and the modules the adapter maps onto: MAM for every
 * message, carbons, PEP nodes of up to 10000 items (one per session, see SessionStates),
 * persistent members-only non-anonymous MUC rooms with MAM, offline storage and stream
 * management. Mnesia keeps everything in the node's spool directory and replicates it to the
 * other nodes of the cluster.
 */
export function ejabberdConfig(c: EjabberdConfigInput): string {
  const list = (items: readonly string[]) =>
    items.map((h) => `\n  - ${JSON.stringify(h)}`).join('');
  return `hosts:${list(c.hosts)}
loglevel: warning
log_rotate_count: 0
hide_sensitive_log_data: true
listen:
  - port: ${c.c2sPort}
    ip: "127.0.0.1"
    module: ejabberd_c2s
    max_stanza_size: 262144
  - port: ${c.httpPort}
    ip: "127.0.0.1"
    module: ejabberd_http
    request_handlers:
      /xmpp-websocket: ejabberd_http_ws
      /api: mod_http_api
auth_method: internal
auth_password_format: scram
acl:
  local:
    user_regexp: ""
  loopback:
    ip:
      - 127.0.0.0/8
access_rules:
  local:
    allow: local
api_permissions:
  "console commands":
    from:
      - ejabberd_ctl
    who: all
    what: "*"
  "loopback admin":
    from:
      - mod_http_api
    who:
      acl: loopback
    what: "*"
modules:
  mod_disco: {}
  mod_ping: {}
  mod_roster: {}
  mod_caps: {}
  mod_carboncopy: {}
  mod_offline: {}
  mod_stream_mgmt: {}
  mod_http_api: {}
  mod_mam:
    default: always
  mod_pubsub:
    plugins:
      - flat
      - pep
    max_items_node: 10000
  mod_muc:
    access_create: local
    access_persistent: local
    access_mam:
      - allow
    history_size: 0
    max_users: 1000
    default_room_options:
      mam: true
      persistent: true
      members_only: true
      anonymous: false
      public: false
`;
}
