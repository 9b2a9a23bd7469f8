import { execute, getOperationAST, GraphQLError, Kind, print, type DocumentNode, type ExecutionArgs, type ExecutionResult, type FieldNode, type GraphQLSchema } from 'graphql';
import type { CityOverview } from '../overview/overview.types.js';
import { formatError } from '../common/errors.js';
import { DirectSubscriber, type SocketTarget } from './direct-subscriber.js';
import type { OverviewHub } from './overview-hub.js';

/**
 * Screens subscribing to the same city with the same document and variables form a group:
 * each new overview is executed against their selection once and serialised once, and the
 * same bytes go straight to every screen's socket (see DirectSubscriber).
 */
class Group {
  readonly subscribers = new Set<DirectSubscriber>();
  /** The latest result as JSON bytes: what a screen joining the group gets first. */
  latest: Buffer | undefined;
  stop: (() => void) | undefined;

  constructor(private readonly args: ExecutionArgs) {}

  async publish(overview: CityOverview): Promise<void> {
    const result = await execute({ ...this.args, rootValue: overview });
    const formatted = { ...result, ...(result.errors ? { errors: result.errors.map((e) => formatError(e.toJSON())) } : {}) } as ExecutionResult;
    const payload = Buffer.from(JSON.stringify(formatted));
    this.latest = payload;
    for (const subscriber of this.subscribers) subscriber.push(payload);
  }
}

/** Documents as text, printed once each: the screens sending one query share its document. */
const printedDocuments = new WeakMap<DocumentNode, string>();
function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) printedDocuments.set(document, (text = print(document)));
  return text;
}

export class SharedOverviewExecutions {
  private readonly groups = new Map<string, Group>();
  /** Executions run and subscribers served, for tests and metrics. */
  executions = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly hub: OverviewHub,
  ) {}

  /**
   * The city code when the operation is a subscription to `cityOverview` alone, which is
   * what every wall screen sends; anything else runs the ordinary way.
   */
  static sharedCityCode(args: ExecutionArgs): string | undefined {
    const operation = getOperationAST(args.document, args.operationName);
    if (operation?.operation !== 'subscription' || operation.selectionSet.selections.length !== 1) return undefined;
    const field = operation.selectionSet.selections[0] as FieldNode;
    if (field.kind !== Kind.FIELD || field.name.value !== 'cityOverview' || field.directives?.length) return undefined;
    const code = field.arguments?.find((a) => a.name.value === 'code')?.value;
    if (code?.kind === Kind.STRING) return code.value;
    if (code?.kind === Kind.VARIABLE) {
      const value = (args.variableValues as Record<string, unknown> | undefined)?.[code.name.value];
      return typeof value === 'string' ? value : undefined;
    }
    return undefined;
  }

  async subscribe(args: ExecutionArgs, code: string, target: SocketTarget): Promise<AsyncIterable<never> | ExecutionResult> {
    const key = `${code}\n${args.operationName ?? ''}\n${printed(args.document)}\n${JSON.stringify(args.variableValues ?? {})}`;
    let group = this.groups.get(key);
    const subscriber = new DirectSubscriber(target, () => {
      group?.subscribers.delete(subscriber);
      if (group && group.subscribers.size === 0 && this.groups.get(key) === group) {
        group.stop?.();
        this.groups.delete(key);
      }
    });
    if (!group) {
      const created = new Group({ ...args, schema: this.schema });
      this.groups.set(key, created);
      group = created;
      created.subscribers.add(subscriber);
      try {
        created.stop = await this.hub.listen(code, (overview) => {
          this.executions += 1;
          void created.publish(overview);
        });
      } catch (error) {
        // Unknown city or no database: one error result (formatted where it is sent).
        subscriber.close();
        return { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error), { originalError: error as Error })] };
      }
      return subscriber;
    }
    group.subscribers.add(subscriber);
    if (group.latest) subscriber.push(group.latest);
    return subscriber;
  }

  get groupCount(): number {
    return this.groups.size;
  }
}
