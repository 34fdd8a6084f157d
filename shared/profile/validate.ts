import type { CredentialInput, ProfileInput } from './profile';
import { isSpecialtyOf } from './specialties';

export interface ProfileProblem {
  /** JSON pointer into the profile, so the form can put the message beside the field. */
  readonly path: string;
  readonly message: string;
}

/** Rules a schema cannot say: cross-field order, uniqueness and taxonomy membership. */
export function profileProblems(profile: ProfileInput): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const seenDomains = new Set<string>();
  profile.domains.forEach((expertise, i) => {
    if (seenDomains.has(expertise.domain))
      problems.push({ path: `/domains/${i}`, message: `${expertise.domain} is listed twice` });
    seenDomains.add(expertise.domain);
    expertise.subSpecialties.forEach((id, j) => {
      if (!isSpecialtyOf(expertise.domain, id))
        problems.push({
          path: `/domains/${i}/subSpecialties/${j}`,
          message: `${id} is not a sub-specialty of ${expertise.domain}`,
        });
    });
  });
  profile.workHistory.forEach((entry, i) => {
    if (entry.end !== undefined && entry.end < entry.start)
      problems.push({ path: `/workHistory/${i}/end`, message: 'ends before it starts' });
  });
  profile.credentials.forEach((credential, i) =>
    problems.push(...credentialDateProblems(credential, `/credentials/${i}`)),
  );
  const ids = [
    ...profile.education.map((e) => e.id),
    ...profile.workHistory.map((e) => e.id),
    ...profile.credentials.map((e) => e.id),
  ];
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of new Set(duplicates))
    problems.push({ path: '', message: `id ${id} is used twice` });
  const languages = profile.languages.map((l) => l.code);
  languages.forEach((code, i) => {
    if (languages.indexOf(code) !== i)
      problems.push({ path: `/languages/${i}`, message: `${code} is listed twice` });
  });
  return problems;
}

function credentialDateProblems(credential: CredentialInput, path: string): ProfileProblem[] {
  if (credential.issuedOn && credential.expiresOn && credential.expiresOn < credential.issuedOn)
    return [{ path: `${path}/expiresOn`, message: 'expires before it was issued' }];
  return [];
}
