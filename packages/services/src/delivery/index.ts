export { checkWebhookUrl, isPrivateAddress, DeliveryTargetError, type TargetPolicy } from './address-guard.js';
export { dingTalkSign, dingTalkUrl, dingTalkPayload, weComPayload, type OutboundMessage } from './robot-messages.js';
export { postToRobot, DeliveryError } from './webhook-post.js';
export { sendEmail, type SmtpSettings } from './email.js';
export { sendThroughChannel, type Sender } from './send-one.js';
export { createDeliveryWorker, retryDelayMs, type DeliveryWorker, type DeliveryWorkerOptions } from './worker.js';
export { maskSecret, parseSettings, scrubSecrets, SECRET_FIELDS } from './channel-settings.js';
