import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionApi } from '../../../lib/messaging/extension-api';
import { PipewellError } from '../../../lib/messaging/pipewell-error';
import { sendUnchecked } from '../../../lib/messaging/unchecked';
import { installFakeExtension } from '../content/fake-extension';

afterEach(() => vi.unstubAllGlobals());

describe('sendUnchecked', () => {
  it('sends the Pipewell envelope and answers the data of an ok reply', async () => {
    const spy = installFakeExtension(() => ({ ok: true, data: { injected: true } }));
    await expect(sendUnchecked('overlay.inject', { site: 'gmail' })).resolves.toEqual({ injected: true });
    expect(spy).toHaveBeenCalledWith({ channel: 'pipewell', name: 'overlay.inject', data: { site: 'gmail' } });
  });

  it('throws the background’s own message when it says no', async () => {
    installFakeExtension(() => ({ ok: false, error: 'lead.lookup: identities: Too small' }));
    const failure = sendUnchecked('lead.lookup', { identities: [] });
    await expect(failure).rejects.toThrow(PipewellError);
    await expect(failure).rejects.toThrow('lead.lookup: identities: Too small');
  });

  it.each([undefined, null, 'ok', { ok: 'yes' }, { ok: false }, { ok: false, error: 42 }])('throws on a reply that is no envelope: %j', async (reply) => {
    installFakeExtension(() => reply);
    await expect(sendUnchecked('settings.get', {})).rejects.toThrow('settings.get: no answer from the background');
  });
});

describe('extensionApi', () => {
  it('takes Firefox’s browser when it is the extension API', () => {
    const firefox = { runtime: { id: 'ff', sendMessage: vi.fn() }, i18n: { getMessage: vi.fn() } };
    vi.stubGlobal('browser', firefox);
    vi.stubGlobal('chrome', { runtime: { id: 'ff' } });
    expect(extensionApi()).toBe(firefox);
  });

  it('takes chrome when `browser` is a page element, not the API', () => {
    const chrome = { runtime: { id: 'cr', sendMessage: vi.fn() }, i18n: { getMessage: vi.fn() } };
    vi.stubGlobal('browser', { id: 'browser', tagName: 'DIV' });
    vi.stubGlobal('chrome', chrome);
    expect(extensionApi()).toBe(chrome);
  });
});
