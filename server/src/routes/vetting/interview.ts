import Type from 'typebox';
import { InterviewResult } from '../../../../shared/interview/result';
import { Uuid } from '../../../../shared/model/annotationSchema';
import {
  AnswerBody,
  AnswerOutcome,
  Eligibility,
  IntegrityBatch,
  OverrideBody,
  Prompt,
  ReasonBody,
  SessionSummary,
  Started,
  Transcript,
} from '../../../../shared/platform/ops/vettingSchemas';
import { ERROR_RESPONSES, Ok, Strict } from '../schemas';
import { principalOf, type App, type RouteContext } from '../types';

const SessionParams = Strict({ sessionId: Uuid });
const ExpertParams = Strict({ expertId: Uuid });
const Empty = Strict({});

export function interviewRoutes(app: App, { services, limits }: RouteContext): void {
  const account = { auth: 'account' } as const;
  const write = { ...account, rateLimit: limits.writeRateLimit };
  const { interviews } = services.vetting;
  const tags = ['interview'];

  app.get(
    '/me/interview',
    {
      config: account,
      schema: {
        tags,
        description: 'Whether the expert may start an interview now (cool-down, attempts).',
        response: { 200: Eligibility, ...ERROR_RESPONSES },
      },
    },
    (request) => interviews.eligibility(principalOf(request)),
  );

  app.post(
    '/me/interview/sessions',
    {
      config: write,
      schema: { tags, body: Empty, response: { 201: Started, ...ERROR_RESPONSES } },
    },
    async (request, reply) => reply.code(201).send(await interviews.start(principalOf(request))),
  );

  app.get(
    '/me/interview/sessions',
    {
      config: account,
      schema: { tags, response: { 200: Type.Array(SessionSummary), ...ERROR_RESPONSES } },
    },
    (request) => interviews.sessions(principalOf(request)),
  );

  app.get(
    '/me/interview/sessions/:sessionId',
    {
      config: account,
      schema: {
        tags,
        description: 'The transcript, and the result once scored.',
        params: SessionParams,
        response: { 200: Transcript, ...ERROR_RESPONSES },
      },
    },
    (request) => interviews.transcript(principalOf(request), request.params.sessionId),
  );

  app.get(
    '/me/interview/sessions/:sessionId/current',
    {
      config: account,
      schema: {
        tags,
        params: SessionParams,
        response: {
          200: Strict({ prompt: Type.Union([Prompt, Type.Null()]) }),
          ...ERROR_RESPONSES,
        },
      },
    },
    (request) => interviews.current(principalOf(request), request.params.sessionId),
  );

  app.post(
    '/me/interview/sessions/:sessionId/answers',
    {
      config: write,
      schema: {
        tags,
        params: SessionParams,
        body: AnswerBody,
        response: { 200: AnswerOutcome, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      interviews.answer(
        principalOf(request),
        request.params.sessionId,
        request.body.turnId,
        request.body.text,
      ),
  );

  app.post(
    '/me/interview/sessions/:sessionId/integrity',
    {
      config: write,
      schema: {
        tags,
        description:
          'Pastes and focus changes while a prompt was shown (for reviewers; never scored).',
        params: SessionParams,
        body: IntegrityBatch,
        response: { 200: Ok, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      await interviews.integrity(
        principalOf(request),
        request.params.sessionId,
        request.body.events,
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/me/interview/sessions/:sessionId/abandon',
    {
      config: write,
      schema: {
        tags,
        params: SessionParams,
        body: Empty,
        response: { 200: Ok, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      await interviews.abandon(principalOf(request), request.params.sessionId);
      return { ok: true as const };
    },
  );

  app.post(
    '/me/interview/sessions/:sessionId/score',
    {
      config: write,
      schema: {
        tags,
        description: 'Scores a finished interview now, or again after a failed attempt.',
        params: SessionParams,
        body: Empty,
        response: { 200: Transcript, ...ERROR_RESPONSES },
      },
    },
    (request) => interviews.score(principalOf(request), request.params.sessionId),
  );

  app.get(
    '/experts/:expertId/interviews',
    {
      config: account,
      schema: {
        tags,
        params: ExpertParams,
        response: { 200: Type.Array(SessionSummary), ...ERROR_RESPONSES },
      },
    },
    (request) => interviews.reviewList(principalOf(request), request.params.expertId),
  );

  app.get(
    '/interviews/:sessionId',
    {
      config: account,
      schema: { tags, params: SessionParams, response: { 200: Transcript, ...ERROR_RESPONSES } },
    },
    (request) => interviews.reviewGet(principalOf(request), request.params.sessionId),
  );

  app.post(
    '/interviews/:sessionId/overrides',
    {
      config: write,
      schema: {
        tags,
        description: "A reviewer's score for one competency, with the reason; the engine's stays.",
        params: SessionParams,
        body: OverrideBody,
        response: { 200: InterviewResult, ...ERROR_RESPONSES },
      },
    },
    (request) => interviews.override(principalOf(request), request.params.sessionId, request.body),
  );

  app.post(
    '/experts/:expertId/interview-retakes',
    {
      config: write,
      schema: {
        tags,
        description: 'Lets the expert retake the interview now, once (with the reason).',
        params: ExpertParams,
        body: ReasonBody,
        response: { 200: Ok, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      await interviews.grantRetake(
        principalOf(request),
        request.params.expertId,
        request.body.reason,
      );
      return { ok: true as const };
    },
  );
}
