import { create } from 'zustand';
import { DEFAULT_LOCAL_SCHEMA, type LabelSchema } from '../../../shared/model/labelSchema';
import { LOCAL_PROJECT_ID, type ProjectId } from '../../../shared/model/ids';
import { db } from '../db/schema';

export const LOCAL_SCHEMA_KEY = 'labelSchema:local';

interface SchemaState {
  readonly schemas: Readonly<Record<string, LabelSchema>>;
  readonly load: (projectId: ProjectId) => Promise<LabelSchema>;
  readonly saveLocal: (schema: LabelSchema) => Promise<void>;
}

/**
 * Label schemas by project. The local workspace's schema is the user's own (stored in Dexie);
 * platform projects bring theirs with the project (stored under `labelSchema:<projectId>` by sync).
 */
export const useSchemaStore = create<SchemaState>()((set, get) => ({
  schemas: {},
  load: async (projectId) => {
    const cached = get().schemas[projectId];
    if (cached) return cached;
    const key = projectId === LOCAL_PROJECT_ID ? LOCAL_SCHEMA_KEY : `labelSchema:${projectId}`;
    const row = await db().settings.get(key);
    const schema = (row?.value as LabelSchema | undefined) ?? DEFAULT_LOCAL_SCHEMA;
    set((state) => ({ schemas: { ...state.schemas, [projectId]: schema } }));
    return schema;
  },
  saveLocal: async (schema) => {
    await db().settings.put({ key: LOCAL_SCHEMA_KEY, value: schema });
    set((state) => ({ schemas: { ...state.schemas, [LOCAL_PROJECT_ID]: schema } }));
  },
}));
