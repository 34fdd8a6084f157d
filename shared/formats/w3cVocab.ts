import type { CodeRef } from '../model/annotation';
import type { DocumentRecord } from '../model/document';

/** The Web Annotation JSON-LD context every annotation must name. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Our extension vocabulary. JSON-LD needs the `glossator:` prefix defined in the @context for the
 * extension properties (page rectangles, confidence, …) to mean anything to a JSON-LD processor.
 */
export const GLOSSATOR_NS = 'https://glossator.app/ns/anno#';
export const W3C_CONTEXT = [ANNO_CONTEXT, { glossator: GLOSSATOR_NS }] as const;

/** The generator named on every export. */
export const GENERATOR = {
  id: 'https://glossator.app/',
  type: 'Software',
  name: 'Glossator',
} as const;

/** `conformsTo` of a PDF page FragmentSelector (`page=N`, one-based), as the model spec gives it. */
// eslint-disable-next-line @microsoft/sdl/no-insecure-url -- an identifier fixed by the spec, never fetched
export const PDF_FRAGMENT = 'http://tools.ietf.org/rfc/rfc3778';

export const MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** Extension property names (compact IRIs under GLOSSATOR_NS). */
export const EXT = {
  pages: 'glossator:pages',
  confidence: 'glossator:confidence',
  preAnnotation: 'glossator:preAnnotation',
  externalIds: 'glossator:externalIds',
  code: 'glossator:code',
  relation: 'glossator:relation',
  ranking: 'glossator:ranking',
  review: 'glossator:review',
  rewrite: 'glossator:rewrite',
  citation: 'glossator:citation',
  userId: 'glossator:userId',
} as const;

/**
 * Dereferenceable IRIs for code systems we know, so other tools can resolve a code
 * (BioPortal for ICD-10-CM, NLM for MeSH, IHTSDO for SNOMED CT). Other systems get an IRI in our
 * namespace that round-trips but resolves nowhere.
 */
const CODE_SYSTEM_IRIS: Readonly<Record<string, string>> = {
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the IRI BioPortal mints; an identifier
  icd10cm: 'http://purl.bioontology.org/ontology/ICD10CM/',
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the IRI NLM mints; an identifier
  mesh: 'http://id.nlm.nih.gov/mesh/',
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the IRI IHTSDO mints; an identifier
  snomedct: 'http://snomed.info/id/',
};
const OWN_CODE_BASE = 'https://glossator.app/code/';

export function codeIri(code: CodeRef): string {
  if (code.iri) return code.iri;
  const base = CODE_SYSTEM_IRIS[code.system];
  if (base) return base + encodeURIComponent(code.code);
  return `${OWN_CODE_BASE}${encodeURIComponent(code.system)}/${encodeURIComponent(code.code)}`;
}

/** System and code of an IRI minted by `codeIri`, or undefined for anything else. */
export function parseCodeIri(iri: string): { system: string; code: string } | undefined {
  for (const [system, base] of Object.entries(CODE_SYSTEM_IRIS)) {
    if (iri.startsWith(base) && iri.length > base.length) {
      return { system, code: decodeURIComponent(iri.slice(base.length)) };
    }
  }
  if (iri.startsWith(OWN_CODE_BASE)) {
    const [system, code, ...rest] = iri.slice(OWN_CODE_BASE.length).split('/');
    if (system && code && rest.length === 0) {
      return { system: decodeURIComponent(system), code: decodeURIComponent(code) };
    }
  }
  return undefined;
}

export function annotationIri(id: string): string {
  return `urn:uuid:${id}`;
}

const UUID_IRI = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The UUID of a `urn:uuid:` IRI, lower-cased, or undefined. */
export function uuidOfIri(iri: string): string | undefined {
  return UUID_IRI.exec(iri)?.[1]?.toLowerCase();
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function hexToBase64Url(hex: string): string {
  const bytes = hex.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? [];
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += B64URL[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/**
 * A document's IRI names its bytes (RFC 6920 `ni:` with SHA-256), so annotations exported from one
 * installation find the same file in another, whatever local id it has there.
 */
export function documentIri(record: Pick<DocumentRecord, 'sha256'>): string {
  return `ni:///sha-256;${hexToBase64Url(record.sha256)}`;
}
