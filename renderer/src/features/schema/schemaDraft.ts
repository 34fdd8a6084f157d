import type { LabelSchema } from '../../../../shared/model/labelSchema';
import { idFromName } from '../../../../shared/model/schemaValidation';
import { LABEL_PALETTE as PALETTE } from '../../../../shared/model/labelSchema';

/** Ids of entries added in the editor until it saves; real ids are made from names on save. */
export const NEW_ID_PREFIX = '~new-';
let counter = 0;

export function newDraftId(): string {
  counter++;
  return `${NEW_ID_PREFIX}${counter}`;
}

const isNew = (id: string): boolean => id.startsWith(NEW_ID_PREFIX);

/**
 * The schema to store: new labels, relation types and classes get ids from their names (existing
 * ones keep theirs, since annotations refer to them), relation ends follow renamed new labels, and
 * names and keys are trimmed.
 */
export function finalizeDraft(draft: LabelSchema): LabelSchema {
  const labelIds = new Map<string, string>();
  const taken = new Set(draft.labels.filter((l) => !isNew(l.id)).map((l) => l.id));
  const labels = draft.labels.map((label) => {
    let id = label.id;
    if (isNew(id)) {
      id = idFromName(label.name, taken);
      taken.add(id);
      labelIds.set(label.id, id);
    }
    const key = label.key?.trim();
    return { ...label, id, name: label.name.trim(), key: key ? key : undefined };
  });
  const mapEnds = (ids: readonly string[]): string[] => ids.map((id) => labelIds.get(id) ?? id);
  const typeTaken = new Set(draft.relationTypes.filter((t) => !isNew(t.id)).map((t) => t.id));
  const relationTypes = draft.relationTypes.map((type) => {
    let id = type.id;
    if (isNew(id)) {
      id = idFromName(type.name, typeTaken);
      typeTaken.add(id);
    }
    return { ...type, id, name: type.name.trim(), from: mapEnds(type.from), to: mapEnds(type.to) };
  });
  const classTaken = new Set(draft.documentClasses.filter((c) => !isNew(c.id)).map((c) => c.id));
  const documentClasses = draft.documentClasses.map((documentClass) => {
    let id = documentClass.id;
    if (isNew(id)) {
      id = idFromName(documentClass.name, classTaken);
      classTaken.add(id);
    }
    return { ...documentClass, id, name: documentClass.name.trim() };
  });
  const suggestedCodes = (draft.suggestedCodes ?? []).map((c) => c.trim()).filter(Boolean);
  return {
    labels,
    relationTypes,
    documentClasses,
    codeSystem: draft.codeSystem || undefined,
    suggestedCodes: suggestedCodes.length > 0 ? suggestedCodes : undefined,
  };
}

/** A colour for a new label: the next of the label palette not in use yet. */
export function nextColor(used: readonly string[]): string {
  return PALETTE.find((c) => !used.includes(c)) ?? PALETTE[used.length % PALETTE.length]!;
}
