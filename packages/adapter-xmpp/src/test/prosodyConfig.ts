/** Where a private Prosody listens and keeps its files. */
export interface ProsodyConfigInput {
  dir: string;
  domain: string;
  mucDomain: string;
  c2sPort: number;
  httpPort: number;
}

/**
 * A private Prosody config: loopback only, c2s + WebSocket, PLAIN allowed (loopback tests;
 * SCRAM in @xmpp/client costs ~0.5 s a login), no s2s, memory storage, and the modules the
 * adapter maps onto (MAM, carbons, PEP, MUC + MUC MAM, offline, markers via MAM). Stream
 * management (mod_smacks) is off: @xmpp/stream-management 0.14 over-counts `h` against
 * Prosody 0.12 ("Client acknowledged more stanzas than sent by server"), which kills the
 * stream; catch-up after a reconnect comes from MAM and does not need it.
 */
export function prosodyConfig(c: ProsodyConfigInput): string {
  return `
pidfile = "${c.dir}/prosody.pid"
data_path = "${c.dir}"
plugin_paths = {}
admins = {}
interfaces = { "127.0.0.1" }
local_interfaces = { "127.0.0.1" }
c2s_ports = { ${c.c2sPort} }
c2s_interfaces = { "127.0.0.1" }
c2s_direct_tls_ports = {}
s2s_ports = {}
s2s_interfaces = {}
http_ports = { ${c.httpPort} }
http_interfaces = { "127.0.0.1" }
https_ports = {}
https_interfaces = {}
network_settings = { nagle = false }
c2s_require_encryption = false
allow_unencrypted_plain_auth = true
consider_websocket_secure = true
cross_domain_websocket = true
authentication = "internal_plain"
storage = "memory"
allow_registration = true
min_seconds_between_registrations = 0
registration_throttle_max = 100000
archive_expires_after = "never"
max_archive_query_results = 500
storage_archive_item_limit = 1000000
pep_max_items = 10000
log = { { levels = { min = "warn" }, to = "file", filename = "${c.dir}/prosody.log" } }
modules_enabled = {
  "roster"; "saslauth"; "disco"; "carbons"; "pep"; "mam"; "offline";
  "ping"; "time"; "register"; "websocket"; "http"; "private";
}
modules_disabled = { "s2s"; "tls"; "posix" }

VirtualHost "${c.domain}"

Component "${c.mucDomain}" "muc"
  modules_enabled = { "muc_mam" }
  restrict_room_creation = false
  muc_log_by_default = true
  muc_log_expires_after = "never"
  muc_room_default_persistent = true
  muc_room_default_members_only = true
  muc_room_default_public = false
  muc_room_default_public_jids = true
  muc_room_default_history_length = 0
`;
}
