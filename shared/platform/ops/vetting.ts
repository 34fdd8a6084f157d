/** Platform operations of vetting: profile and credentials, the interview, matching, notifications. */
import Type from 'typebox';
import { Empty, Strict } from '../../ipc/schema';
import { Uuid } from '../../model/annotationSchema';
import { Project } from '../../model/project';
import { InterviewResult } from '../../interview/result';
import { Credential } from '../../profile/profile';
import type { OperationSpec } from '../operations';
import { Ok } from '../schemas';
import {
  Accepted,
  AnswerBody,
  AnswerOutcome,
  Candidates,
  Catalogue,
  CredentialDecision,
  CredentialQueueItem,
  DeclineBody,
  Eligibility,
  IntegrityBatch,
  ListingEnvelope,
  MarkRead,
  NotificationList,
  OverrideBody,
  ProfileEnvelope,
  ProfileSave,
  ProjectListing,
  Prompt,
  ReasonBody,
  SessionSummary,
  Started,
  Transcript,
} from './vettingSchemas';

const SessionRef = Strict({ sessionId: Uuid });
const ProjectRef = Strict({ projectId: Uuid });
const ExpertRef = Strict({ expertId: Uuid });

export const vettingOperations = {
  'profile.get': { method: 'GET', path: '/me/profile', params: Empty, response: ProfileEnvelope },
  'profile.save': {
    method: 'PUT',
    path: '/me/profile',
    params: Empty,
    body: ProfileSave,
    response: ProfileEnvelope,
  },
  'credentials.queue': {
    method: 'GET',
    path: '/credentials/queue',
    params: Empty,
    response: Type.Array(CredentialQueueItem),
  },
  'credentials.decide': {
    method: 'POST',
    path: '/experts/:expertId/credentials/:credentialId/decision',
    params: Strict({ expertId: Uuid, credentialId: Type.String({ minLength: 1, maxLength: 64 }) }),
    body: CredentialDecision,
    response: Credential,
  },
  'interview.eligibility': {
    method: 'GET',
    path: '/me/interview',
    params: Empty,
    response: Eligibility,
  },
  'interview.start': {
    method: 'POST',
    path: '/me/interview/sessions',
    params: Empty,
    body: Empty,
    response: Started,
  },
  'interview.sessions': {
    method: 'GET',
    path: '/me/interview/sessions',
    params: Empty,
    response: Type.Array(SessionSummary),
  },
  'interview.current': {
    method: 'GET',
    path: '/me/interview/sessions/:sessionId/current',
    params: SessionRef,
    response: Strict({ prompt: Type.Union([Prompt, Type.Null()]) }),
  },
  'interview.answer': {
    method: 'POST',
    path: '/me/interview/sessions/:sessionId/answers',
    params: SessionRef,
    body: AnswerBody,
    response: AnswerOutcome,
  },
  'interview.integrity': {
    method: 'POST',
    path: '/me/interview/sessions/:sessionId/integrity',
    params: SessionRef,
    body: IntegrityBatch,
    response: Ok,
  },
  'interview.abandon': {
    method: 'POST',
    path: '/me/interview/sessions/:sessionId/abandon',
    params: SessionRef,
    body: Empty,
    response: Ok,
  },
  'interview.score': {
    method: 'POST',
    path: '/me/interview/sessions/:sessionId/score',
    params: SessionRef,
    body: Empty,
    response: Transcript,
  },
  'interview.transcript': {
    method: 'GET',
    path: '/me/interview/sessions/:sessionId',
    params: SessionRef,
    response: Transcript,
  },
  'interview.review.list': {
    method: 'GET',
    path: '/experts/:expertId/interviews',
    params: ExpertRef,
    response: Type.Array(SessionSummary),
  },
  'interview.review.get': {
    method: 'GET',
    path: '/interviews/:sessionId',
    params: SessionRef,
    response: Transcript,
  },
  'interview.override': {
    method: 'POST',
    path: '/interviews/:sessionId/overrides',
    params: SessionRef,
    body: OverrideBody,
    response: InterviewResult,
  },
  'interview.grantRetake': {
    method: 'POST',
    path: '/experts/:expertId/interview-retakes',
    params: ExpertRef,
    body: ReasonBody,
    response: Ok,
  },
  'catalogue.get': { method: 'GET', path: '/me/catalogue', params: Empty, response: Catalogue },
  'catalogue.accept': {
    method: 'POST',
    path: '/me/catalogue/:projectId/accept',
    params: ProjectRef,
    body: Empty,
    response: Accepted,
  },
  'catalogue.decline': {
    method: 'POST',
    path: '/me/catalogue/:projectId/decline',
    params: ProjectRef,
    body: DeclineBody,
    response: Ok,
  },
  'listing.get': {
    method: 'GET',
    path: '/projects/:projectId/listing',
    params: ProjectRef,
    response: ListingEnvelope,
  },
  'listing.put': {
    method: 'PUT',
    path: '/projects/:projectId/listing',
    params: ProjectRef,
    body: ProjectListing,
    response: ListingEnvelope,
  },
  'candidates.list': {
    method: 'GET',
    path: '/projects/:projectId/candidates',
    params: ProjectRef,
    response: Candidates,
  },
  /** Opening a project (the renderer may only open it through this operation, not edit it). */
  'projects.publish': {
    method: 'PATCH',
    path: '/projects/:projectId',
    params: ProjectRef,
    body: Strict({ status: Type.Literal('open') }),
    response: Project,
  },
  'notifications.list': {
    method: 'GET',
    path: '/me/notifications',
    params: Empty,
    response: NotificationList,
  },
  'notifications.read': {
    method: 'POST',
    path: '/me/notifications/read',
    params: Empty,
    body: MarkRead,
    response: Ok,
  },
} as const satisfies Record<string, OperationSpec>;
