// Inside `page.evaluate` on an extension page the test talks to Pipewell through `chrome`.
// Only the one call the tests make is declared; replies are checked by the assertions.
interface PipewellReply {
  ok: boolean;
  error?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
}

declare const chrome: {
  runtime: { sendMessage(message: { channel: 'pipewell'; name: string; data: unknown }): Promise<PipewellReply> };
  action: { getBadgeText(details: object): Promise<string> };
};
