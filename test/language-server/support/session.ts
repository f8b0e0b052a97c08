// One server per test file, shared by its tests; documents get fresh URIs under a
// temporary workspace so that tests do not see each other's files.

import { after, before } from 'node:test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, TestClient } from './client';
import { fixture, type Fixture } from './fixture';

export interface Session {
  readonly client: () => TestClient;
  readonly workspace: string;
  /** Opens a marked fixture as a new document and returns its URI and markers. */
  readonly open: (marked: string, name?: string) => Promise<Fixture & { uri: string }>;
}

export function session(): Session {
  const workspace = mkdtempSync(join(tmpdir(), 'tornet-ls-'));
  let client: TestClient | undefined;
  let count = 0;
  before(async () => {
    client = await TestClient.start({ workspace });
  });
  after(async () => {
    await client?.stop();
  });
  return {
    client: () => client!,
    workspace,
    open: async (marked, name) => {
      const parsed = fixture(marked);
      const uri = fileUri(join(workspace, name ?? `doc${++count}.tornet`));
      await client!.open(uri, parsed.text);
      return { ...parsed, uri };
    },
  };
}
