import type { z } from 'zod';
import { engagementProtocol } from './protocol/engagement';
import { hygieneProtocol } from './protocol/hygiene';
import { ioProtocol } from './protocol/io';
import { leadProtocol } from './protocol/lead';
import { pipelineProtocol } from './protocol/pipeline';
import { scoringProtocol } from './protocol/scoring';
import { settingsProtocol } from './protocol/settings';
import { stagesProtocol } from './protocol/stages';

export type { LeadSummary, Qualification } from './protocol/lead';
export type { ThreadMessage } from './protocol/engagement';

/** The one protocol: each `noun.verb` name maps to its request and response schemas. */
export const protocol = {
  ...leadProtocol,
  ...engagementProtocol,
  ...settingsProtocol,
  ...pipelineProtocol,
  ...scoringProtocol,
  ...stagesProtocol,
  ...hygieneProtocol,
  ...ioProtocol,
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = z.output<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<Protocol[N]['response']>;

export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(protocol, name);
}
