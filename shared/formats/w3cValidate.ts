/**
 * The Web Annotation Data Model's MUST rules, checked by hand so an import can say exactly what
 * is wrong and where. (The W3C test suite's JSON Schemas check the same rules in our tests; ajv is
 * not used at run time because compiling schemas needs `eval`, which the renderer's CSP forbids.)
 */
import { ANNO_CONTEXT } from './w3cVocab';

export interface W3cProblem {
  /** JSONPath-like location, e.g. `$.body[1].value`. */
  readonly path: string;
  readonly message: string;
}

type Json = Record<string, unknown>;

const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/;
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const CONTAINERS = ['Choice', 'Composite', 'List', 'Independents'];
const TEXT_DIRECTIONS = ['ltr', 'rtl', 'auto'];

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isIri(value: unknown): value is string {
  return typeof value === 'string' && IRI.test(value);
}

export function asArray(value: unknown): readonly unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function types(value: Json): readonly string[] {
  return asArray(value.type).filter((t): t is string => typeof t === 'string');
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

class Checker {
  readonly problems: W3cProblem[] = [];

  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** One value, or an array holding exactly one. */
  single(obj: Json, key: string, path: string, ok: (v: unknown) => boolean, what: string): void {
    if (!(key in obj)) return;
    const value = obj[key];
    const inner: unknown =
      Array.isArray(value) && value.length === 1 ? (value as unknown[])[0] : value;
    if (Array.isArray(inner))
      this.fail(`${path}.${key}`, `${key} must have exactly one value, not ${inner.length}`);
    else if (!ok(inner)) this.fail(`${path}.${key}`, `${key} must be ${what}; got ${show(inner)}`);
  }

  /** Zero or more values, each passing `ok`. */
  many(obj: Json, key: string, path: string, ok: (v: unknown) => boolean, what: string): void {
    if (!(key in obj)) return;
    asArray(obj[key]).forEach((value, i) => {
      const at = Array.isArray(obj[key]) ? `${path}.${key}[${i}]` : `${path}.${key}`;
      if (!ok(value)) this.fail(at, `each ${key} must be ${what}; got ${show(value)}`);
    });
  }

  /** Properties any annotation, body or target may carry (model section 3.3). */
  common(obj: Json, path: string): void {
    this.single(obj, 'id', path, isIri, 'an IRI');
    for (const key of ['created', 'modified', 'generated']) {
      this.single(
        obj,
        key,
        path,
        (v) => typeof v === 'string' && DATE_TIME.test(v),
        'an xsd:dateTime such as 2015-01-28T12:00:00Z',
      );
    }
    for (const key of ['creator', 'generator']) {
      this.many(obj, key, path, (v) => isIri(v) || isObject(v), 'an IRI or an Agent object');
    }
    this.many(obj, 'rights', path, isIri, 'an IRI');
    this.many(obj, 'via', path, isIri, 'an IRI');
    this.single(obj, 'canonical', path, isIri, 'an IRI');
  }

  resource(value: unknown, path: string, role: 'body' | 'target'): void {
    if (typeof value === 'string') {
      if (!isIri(value))
        this.fail(path, `a ${role} given as a string must be an IRI; got ${show(value)}`);
      return;
    }
    if (!isObject(value)) {
      this.fail(path, `a ${role} must be an IRI or an object; got ${show(value)}`);
      return;
    }
    this.common(value, path);
    const typeList = types(value);
    const containers = typeList.filter((t) => CONTAINERS.includes(t));
    this.many(value, 'format', path, (v) => typeof v === 'string', 'a media type string');
    this.many(value, 'language', path, (v) => typeof v === 'string', 'a language tag string');
    this.single(
      value,
      'processingLanguage',
      path,
      (v) => typeof v === 'string',
      'a language tag string',
    );
    this.single(
      value,
      'textDirection',
      path,
      (v) => TEXT_DIRECTIONS.includes(v as string),
      'one of ltr, rtl, auto',
    );
    this.many(value, 'purpose', path, (v) => typeof v === 'string', 'a motivation name');
    if (containers.length > 1) {
      this.fail(
        `${path}.type`,
        `a ${role} can be only one of ${CONTAINERS.join(', ')}; got ${show(containers)}`,
      );
    }
    if (containers.length > 0 || 'items' in value) {
      if (containers.length === 0) this.fail(path, `a ${role} with items must have type Choice`);
      const items = value.items;
      if (!Array.isArray(items) || items.length === 0)
        this.fail(`${path}.items`, `a ${show(containers[0])} must list its items`);
      else items.forEach((item, i) => this.resource(item, `${path}.items[${i}]`, role));
      return;
    }
    if (typeList.includes('TextualBody') || 'value' in value) {
      this.single(value, 'value', path, (v) => typeof v === 'string', 'a string');
      if (!('value' in value)) this.fail(path, 'a TextualBody must have a value');
      return;
    }
    const specific =
      typeList.includes('SpecificResource') ||
      ['source', 'selector', 'state', 'styleClass', 'scope'].some((k) => k in value);
    if (specific) {
      if (!('source' in value)) this.fail(path, `a SpecificResource ${role} must have a source`);
      else this.resource(value.source, `${path}.source`, role);
      asArray(value.selector).forEach((s, i) =>
        this.selector(
          s,
          Array.isArray(value.selector) ? `${path}.selector[${i}]` : `${path}.selector`,
        ),
      );
      return;
    }
    if (!('id' in value)) {
      this.fail(
        path,
        `a ${role} object must be a resource with an id, a TextualBody with a value, a SpecificResource with a source or a Choice with items`,
      );
    }
  }

  selector(value: unknown, path: string): void {
    if (isIri(value)) return;
    if (!isObject(value)) {
      this.fail(path, `a selector must be an IRI or an object; got ${show(value)}`);
      return;
    }
    const type = types(value)[0];
    const stringValue = (): void => {
      this.single(value, 'value', path, (v) => typeof v === 'string', 'a string');
      if (!('value' in value)) this.fail(path, `a ${type} must have a value`);
    };
    const count = (key: string): void => {
      const v = value[key];
      if (!(typeof v === 'number' && Number.isInteger(v) && v >= 0)) {
        this.fail(
          `${path}.${key}`,
          `${type}.${key} must be a non-negative integer; got ${show(v)}`,
        );
      }
    };
    switch (type) {
      case 'FragmentSelector':
      case 'CssSelector':
      case 'XPathSelector':
        stringValue();
        break;
      case 'TextQuoteSelector':
        for (const key of ['exact', 'prefix', 'suffix']) {
          if (key === 'exact' || key in value)
            this.single(value, key, path, (v) => typeof v === 'string', 'a string');
        }
        if (!('exact' in value)) this.fail(path, 'a TextQuoteSelector must have exact');
        break;
      case 'TextPositionSelector':
      case 'DataPositionSelector':
        count('start');
        count('end');
        break;
      case 'RangeSelector':
        for (const key of ['startSelector', 'endSelector']) {
          if (!(key in value)) this.fail(path, `a RangeSelector must have ${key}`);
          else this.selector(value[key], `${path}.${key}`);
        }
        break;
      default:
        break;
    }
    if ('refinedBy' in value) {
      asArray(value.refinedBy).forEach((s, i) =>
        this.selector(
          s,
          Array.isArray(value.refinedBy) ? `${path}.refinedBy[${i}]` : `${path}.refinedBy`,
        ),
      );
    }
  }
}

function hasContext(value: unknown): boolean {
  return value === ANNO_CONTEXT || (Array.isArray(value) && value.includes(ANNO_CONTEXT));
}

/**
 * Problems that make `value` not a Web Annotation (empty when it is one). `inheritsContext` is set
 * for annotations inside an AnnotationPage or AnnotationCollection, which carry the @context.
 */
export function validateAnnotation(
  value: unknown,
  path = '$',
  inheritsContext = false,
): W3cProblem[] {
  const check = new Checker();
  if (!isObject(value)) {
    check.fail(path, `an annotation must be a JSON object; got ${show(value)}`);
    return check.problems;
  }
  if (!inheritsContext && !hasContext(value['@context'])) {
    check.fail(`${path}['@context']`, `@context must be "${ANNO_CONTEXT}" or a list containing it`);
  }
  if (!('id' in value)) check.fail(path, 'an annotation must have an id (an IRI)');
  if (!types(value).includes('Annotation'))
    check.fail(`${path}.type`, 'type must be "Annotation" or a list containing it');
  check.common(value, path);
  check.many(value, 'motivation', path, (v) => typeof v === 'string', 'a motivation name');
  if ('body' in value && 'bodyValue' in value)
    check.fail(path, 'an annotation must not have both body and bodyValue');
  check.single(value, 'bodyValue', path, (v) => typeof v === 'string', 'a string');
  const list = (key: 'body' | 'target'): void => {
    const v = value[key];
    if (Array.isArray(v)) v.forEach((item, i) => check.resource(item, `${path}.${key}[${i}]`, key));
    else if (v !== undefined) check.resource(v, `${path}.${key}`, key);
  };
  list('body');
  if (!('target' in value)) check.fail(path, 'an annotation must have a target');
  else if (Array.isArray(value.target) && value.target.length === 0)
    check.fail(`${path}.target`, 'target must not be empty');
  else list('target');
  return check.problems;
}
