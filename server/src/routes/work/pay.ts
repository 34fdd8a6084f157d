import Type from 'typebox';
import {
  AdjustmentBodySchema,
  BonusBodySchema,
  EarningsSchema,
  PayoutBodySchema,
  PayoutResultSchema,
  PostedSchema,
} from '../../../../shared/pay/wire';
import {
  GoldSummarySchema,
  MyTimeSchema,
  TimeBatchBodySchema,
  TimeBatchResultSchema,
} from '../../../../shared/work/wireInsight';
import { ERROR_RESPONSES, ProjectParams } from '../schemas';
import { principalOf, type App, type RouteContext } from '../types';

export function workPayRoutes(app: App, { services, limits }: RouteContext): void {
  const account = { auth: 'account' } as const;
  const write = { ...account, rateLimit: limits.writeRateLimit };
  const { work } = services;

  app.post(
    '/me/time',
    {
      config: write,
      schema: {
        tags: ['time'],
        body: TimeBatchBodySchema,
        response: { 200: TimeBatchResultSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => work.time.record(principalOf(request), request.body),
  );

  app.get(
    '/me/time',
    {
      config: account,
      schema: { tags: ['time'], response: { 200: MyTimeSchema, ...ERROR_RESPONSES } },
    },
    (request) => work.time.mine(principalOf(request)),
  );

  app.get(
    '/me/gold',
    {
      config: account,
      schema: {
        tags: ['gold'],
        response: { 200: Type.Array(GoldSummarySchema), ...ERROR_RESPONSES },
      },
    },
    (request) => work.gold.mine(principalOf(request)),
  );

  app.get(
    '/me/earnings',
    {
      config: account,
      schema: { tags: ['pay'], response: { 200: EarningsSchema, ...ERROR_RESPONSES } },
    },
    (request) => work.pay.earnings(principalOf(request)),
  );

  app.post(
    '/me/payouts',
    {
      config: write,
      schema: {
        tags: ['pay'],
        body: PayoutBodySchema,
        response: { 200: PayoutResultSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => work.pay.payout(principalOf(request), request.body),
  );

  app.post(
    '/projects/:projectId/bonuses',
    {
      config: write,
      schema: {
        tags: ['pay'],
        params: ProjectParams,
        body: BonusBodySchema,
        response: { 201: PostedSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await work.pay.bonus(principalOf(request), request.params.projectId, request.body)),
  );

  app.post(
    '/projects/:projectId/adjustments',
    {
      config: write,
      schema: {
        tags: ['pay'],
        params: ProjectParams,
        body: AdjustmentBodySchema,
        response: { 201: PostedSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await work.pay.adjust(principalOf(request), request.params.projectId, request.body)),
  );
}
