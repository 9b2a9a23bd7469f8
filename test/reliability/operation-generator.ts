// Random valid operations generated from schema/schema.graphql: a root field, arguments of
// the right types (mostly plausible values: real codes, dates, small numbers, enum values),
// and a random selection a few levels deep. Seeded, so every run sends the same ones.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

const STRINGS = ['421000', '320700', '421002', '421003', '320706', '999999', 'childcare_slots', 'elderly_care_beds', 'slots_per_1000', '荆州', '托育', 'x', '', 'analyst', 'admin.jz'];
const INTS = [0, 1, 2, 5, 20, 50, 100, -1, 3, 7];
const FLOATS = [0, 1.5, 4.5, 100, -1, 0.001];
const DATES = ['2023-01-01', '2023-06-30', '2023-12-31', '2025-12-31', '2026-11-22', '2022-02-28', '2030-01-01'];
const DATE_TIMES = ['2023-06-30T00:00:00Z', '2026-11-22T08:00:00+08:00', '2020-01-01T00:00:00.000Z'];
// Hostile values, a few percent of the time: escapes the parser decodes (NUL, bidi, line
// breaks) or refuses (lone surrogates), written into the query text as they are here, and
// ids outside the storable range. The server must refuse them, never fail on them.
const HOSTILE_STRINGS = ['"a\\u0000b"', '"42\\u00000"', '"bad\\ud800x"', '"\\udc00"', '"abc\\u202Etxt"', '"a\\u2066b"', '"first\\nsecond"', '"a\\u0085b"'];
const HOSTILE_IDS = ['"2147483648"', '"1099511627776"', '"9223372036854775808"', '"-1"', '"1e3"', '"abc"', '2147483648', '1099511627776'];

export class OperationGenerator {
  /** How many hostile values (above) and empty patches the operations so far carry. */
  hostile = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly next: () => number,
  ) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  private hostileValue(text: string): string {
    this.hostile += 1;
    return text;
  }

  private chance(p: number): boolean {
    return this.next() < p;
  }

  /** One operation of the given kind, as text. */
  operation(kind: 'query' | 'mutation' | 'subscription'): string {
    const root = kind === 'query' ? this.schema.getQueryType() : kind === 'mutation' ? this.schema.getMutationType() : this.schema.getSubscriptionType();
    if (!root) throw new Error(`the schema has no ${kind} type`);
    const field = this.pick(Object.values(root.getFields()));
    return `${kind} { ${this.field(field, 4)} }`;
  }

  /**
   * The class "alias fan-out through nested lists": a query that nests list fields (through
   * connections' edges { node }) down from a root field, several aliases at each level,
   * within the alias limit (every alias in the text counts). Each level asks a random page.
   */
  fanOut(maxAliases = 30): string {
    const query = this.schema.getQueryType()!;
    const roots = Object.values(query.getFields()).filter((f) => isObjectType(getNamedType(f.type)) && this.argsFillable(f) && this.listsBelow(items(f)[1]).length > 0);
    const levels = 2 + Math.floor(this.next() * 4);
    const widths = Array.from({ length: levels }, () => 1 + Math.floor(this.next() * 8));
    // Aliases in the text: w0 + w0*w1 + w0*w1*w2 ...; narrow the levels, deepest first, to fit.
    const aliasesOf = (w: number[]) => w.reduce((sum, _, i) => sum + w.slice(0, i + 1).reduce((a, b) => a * b, 1), 0);
    for (let i = widths.length - 1; aliasesOf(widths) > maxAliases; i = i > 0 ? i - 1 : widths.length - 1) widths[i] = Math.max(1, widths[i]! - 1);
    const level = (field: GraphQLField<unknown, unknown>, depth: number): string => {
      const args = field.args.filter((a) => isNonNullType(a.type) || a.name === 'first').map((a) => `${a.name}: ${a.name === 'first' ? this.pick([1, 5, 20, 100, 100]) : this.value(a.type, a, 2)}`);
      const head = args.length ? `${field.name}(${args.join(', ')})` : field.name;
      const [wrapper, type] = items(field);
      const inner = depth + 1 < levels ? this.listsBelow(type) : [];
      const leaf = this.pick(Object.values(type.getFields()).filter((f) => !isObjectType(getNamedType(f.type))).map((f) => f.name));
      let selection = leaf;
      if (inner.length > 0) {
        const [path, next] = this.pick(inner);
        const aliased = Array.from({ length: widths[depth + 1]! }, (_, i) => `l${depth + 1}_${i}: ${level(next, depth + 1)}`).join(' ');
        selection = `${leaf} ${path.reduceRight((acc, name) => `${name} { ${acc} }`, aliased)}`;
      }
      return `${head} { ${wrapper.reduceRight((acc, name) => `${name} { ${acc} }`, selection)} }`;
    };
    const root = this.pick(roots);
    return `query { ${Array.from({ length: widths[0]! }, (_, i) => `l0_${i}: ${level(root, 0)}`).join(' ')} }`;
  }

  /** Fields one step down that fan out, directly or through one object field (district { city { districts } }). */
  private listsBelow(type: GraphQLObjectType): [string[], GraphQLField<unknown, unknown>][] {
    const found: [string[], GraphQLField<unknown, unknown>][] = [];
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      if (!isObjectType(named) || !this.argsFillable(f)) continue;
      if (fansOut(f)) found.push([[], f]);
      else for (const g of Object.values(named.getFields())) if (fansOut(g) && this.argsFillable(g)) found.push([[f.name], g]);
    }
    return found;
  }

  private argsFillable(field: GraphQLField<unknown, unknown>): boolean {
    return field.args.every((a) => !isNonNullType(a.type) || !isInputObjectType(getNamedType(a.type)));
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const args = field.args.filter((a) => isNonNullType(a.type) || this.chance(0.4)).map((a) => `${a.name}: ${this.value(a.type, a, 3)}`);
    const head = args.length ? `${field.name}(${args.join(', ')})` : field.name;
    const type = getNamedType(field.type);
    return isObjectType(type) ? `${head} { ${this.selection(type, depth - 1)} }` : head;
  }

  private selection(type: GraphQLObjectType, depth: number): string {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => !isObjectType(getNamedType(f.type)));
    const chosen = new Set<GraphQLField<unknown, unknown>>([this.pick(leaves.length ? leaves : fields)]);
    const extra = Math.floor(this.next() * 4);
    for (let i = 0; i < extra; i += 1) {
      const f = this.pick(fields);
      if (isObjectType(getNamedType(f.type)) && depth <= 0) continue;
      chosen.add(f);
    }
    if (this.chance(0.1)) return `__typename ${[...chosen].map((f) => this.field(f, depth)).join(' ')}`;
    return [...chosen].map((f) => this.field(f, depth)).join(' ');
  }

  private value(type: GraphQLInputType, arg: GraphQLArgument | undefined, depth: number): string {
    if (isNonNullType(type)) return this.value(type.ofType, arg, depth);
    if (!arg?.type || !isNonNullType(arg.type)) {
      if (this.chance(0.05)) return 'null';
    }
    if (isListType(type)) {
      const n = Math.floor(this.next() * 3);
      return `[${Array.from({ length: n }, () => this.value(type.ofType, undefined, depth - 1)).join(', ')}]`;
    }
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      // A patch with nothing in it: a change that changes nothing.
      if (type.name.endsWith('Patch') && this.chance(0.15)) return this.hostileValue('{}');
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || (depth > 0 && this.chance(0.4)));
      return `{ ${fields.map((f) => `${f.name}: ${this.value(f.type, undefined, depth - 1)}`).join(', ')} }`;
    }
    if (isScalarType(type)) return this.scalar(type.name, arg?.name);
    return 'null';
  }

  private scalar(name: string, argName: string | undefined): string {
    switch (name) {
      case 'Int':
        return String(argName === 'first' ? this.pick([1, 5, 20, 100]) : this.pick(INTS));
      case 'Float':
        return String(this.pick(FLOATS));
      case 'Boolean':
        return this.chance(0.5) ? 'true' : 'false';
      case 'ID':
        return this.chance(0.08) ? this.hostileValue(this.pick(HOSTILE_IDS)) : JSON.stringify(String(Math.floor(this.next() * 320)));
      case 'LocalDate':
        return JSON.stringify(this.pick(DATES));
      case 'DateTime':
        return JSON.stringify(this.pick(DATE_TIMES));
      case 'JSONObject':
        return '{ note: "fuzz" }';
      default:
        return this.chance(0.05) ? this.hostileValue(this.pick(HOSTILE_STRINGS)) : JSON.stringify(this.pick(STRINGS));
    }
  }
}

/** A field that returns many objects: a list of them, or a connection (edges { node }). */
function fansOut(field: GraphQLField<unknown, unknown>): boolean {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return false;
  const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(unwrapped) || isConnection(named);
}

function isConnection(type: GraphQLObjectType): boolean {
  return 'edges' in type.getFields() && 'pageInfo' in type.getFields();
}

/** The path to a field's items and their type: `edges { node }` of a connection, else none. */
function items(field: GraphQLField<unknown, unknown>): [string[], GraphQLObjectType] {
  const named = getNamedType(field.type) as GraphQLObjectType;
  if (!isConnection(named)) return [[], named];
  const edge = getNamedType(named.getFields().edges!.type) as GraphQLObjectType;
  return [['edges', 'node'], getNamedType(edge.getFields().node!.type) as GraphQLObjectType];
}
