import type { DeliveryChannelRecord, OutboxRecord } from '@duban/storage';
import { parseSettings } from './channel-settings.js';
import { sendEmail } from './email.js';
import { dingTalkPayload, dingTalkUrl, weComPayload } from './robot-messages.js';
import { DeliveryError, postToRobot } from './webhook-post.js';

/** Sends one outbox message through its channel; throws (DeliveryError or a target error) when it did not go. */
export type Sender = (channel: DeliveryChannelRecord, message: OutboxRecord) => Promise<void>;

/** The real sender: DingTalk and WeCom robots over HTTPS, e-mail over SMTP. */
export const sendThroughChannel: Sender = async (channel, message) => {
  const policy = { allowPrivate: channel.allowPrivate };
  const m = { title: message.title, body: message.body };
  const s = parseSettings(channel.kind, channel.config);
  switch (s.kind) {
    case 'dingtalk':
      return postToRobot(dingTalkUrl(s.url, s.secret, Date.now()), dingTalkPayload(m), policy, message.id);
    case 'wecom':
      return postToRobot(s.url, weComPayload(m), policy, message.id);
    case 'email':
      if (!message.recipient) throw new DeliveryError('邮件没有收件地址', true);
      return sendEmail(s, message.recipient, m, policy, message.id);
  }
};
