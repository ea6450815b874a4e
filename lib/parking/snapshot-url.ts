/** Gate snapshots are served only to signed-in users (app/api/snapshots); the session cookie goes with the request. */
export const snapshotUrl = (name: string) => `/api/snapshots/${name}`;
