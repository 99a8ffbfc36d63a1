/**
 * A covering notice's sentence that sends an attached plan and announces its own requests: "现将《X方案》印发给你们,
 * 并就有关事项通知如下" / "现印发给你们,请结合以下要求…" / "现将…任务分解给你们…。有关事项通知如下". The numbered
 * items after it, up to the notice's end, are the notice's requests (加强组织领导, 按时报送), not the plan's duties. A
 * notice that is itself the plan ("现就做好X工作通知如下") sends nothing and keeps its items.
 */
const SENDS_WITH_REQUESTS =
  /(?:现将|现把|特将|现)[^。]{0,80}?(?:印发|下发|分解|转发|下达|分解下达)给你们.{0,60}?(?:通知如下|如下要求|以下要求|以下意见|要求如下|意见如下|提出如下|提出以下)/;

/** True when the line sends an attached plan and announces the notice's own requests below it. */
export function sendsPlanWithRequests(text: string): boolean {
  return text.length <= 600 && text.includes('给你们') && SENDS_WITH_REQUESTS.test(text.replace(/\s+/g, ''));
}
