// For the popup suites: counts the page's messages to the background, so a run can wait until
// every answer is in before it closes the page. A page closed with a request on its way leaves
// the worker busy with it, and the next run would measure that too.

/** An init script: wraps runtime.sendMessage to count requests on their way. */
export const COUNT_MESSAGES = () => {
  globalThis.__inFlight = 0;
  globalThis.__lastAnswer = 0;
  const sendMessage = chrome.runtime.sendMessage.bind(chrome.runtime);
  chrome.runtime.sendMessage = (...args) => {
    globalThis.__inFlight += 1;
    return sendMessage(...args).finally(() => {
      globalThis.__inFlight -= 1;
      globalThis.__lastAnswer = performance.now();
    });
  };
};

/** Waits until `selector` is on the page and no request has been on its way for a quarter second. */
export async function waitForAnswers(page, selector) {
  await page.waitForFunction(
    (sel) => globalThis.__inFlight === 0 && performance.now() - globalThis.__lastAnswer > 250 && document.querySelector(sel) !== null,
    selector,
    { timeout: 120_000, polling: 50 },
  );
}
