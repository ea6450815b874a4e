import type { GateRead, OutboxStore } from "@/lib/gate/outbox";

const DB_NAME = "pelak-gate";
const STORE = "reads";

type StoredRead = GateRead & { seq?: number };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    // seq (auto-increment) is the order reads were made in; requestId finds one read to remove.
    const store = open.result.createObjectStore(STORE, { keyPath: "seq", autoIncrement: true });
    store.createIndex("requestId", "requestId", { unique: true });
  };
  return request(open);
}

/** The tablet's queue of reads, surviving reloads, crashes and a browser restart. */
export function createIndexedDbOutboxStore(): OutboxStore {
  const database = openDatabase();

  async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const tx = (await database).transaction(STORE, mode);
    // A write only counts once its transaction has committed.
    const committed = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
    const result = await request(body(tx.objectStore(STORE)));
    await committed;
    return result;
  }

  return {
    async add(read) {
      await run("readwrite", (store) => store.add(read));
    },
    async oldest() {
      const cursor = await run("readonly", (store) => store.openCursor());
      if (!cursor) return undefined;
      const read: StoredRead = { ...(cursor.value as StoredRead) };
      delete read.seq;
      return read;
    },
    async remove(requestId) {
      const key = await run("readonly", (store) => store.index("requestId").getKey(requestId));
      if (key !== undefined) await run("readwrite", (store) => store.delete(key));
    },
    count() {
      return run("readonly", (store) => store.count());
    },
  };
}
