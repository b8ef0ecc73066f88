import type { OutboxEntry, OutboxStorage } from './OutboxStorage.ts';

const keyOf = (account: string, idClient: string) => `${account}\u0000${idClient}`;

/**
 * An outbox in memory: it lasts as long as the page. The default where IndexedDB is missing
 * (Node, tests); share one between chats to simulate a reload.
 */
export function memoryOutbox(): OutboxStorage {
  const entries = new Map<string, OutboxEntry>();
  return {
    async load(account) {
      return [...entries.values()]
        .filter((entry) => entry.account === account)
        .sort((a, b) => a.message.time - b.message.time);
    },
    async put(entry) {
      entries.set(keyOf(entry.account, entry.message.idClient), entry);
    },
    async remove(account, idClient) {
      entries.delete(keyOf(account, idClient));
    },
  };
}
