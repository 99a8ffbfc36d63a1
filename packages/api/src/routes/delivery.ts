import { apiContract } from '@duban/core';
import { route, type AnyRoute } from '../route.js';

/** Outbound notification channels (DingTalk, WeCom, SMTP) and the delivery log: the office only. */
export const deliveryRoutes: AnyRoute[] = [
  route(apiContract['GET /api/delivery/channels'], {
    summary: '通知通道（钉钉、企业微信机器人，邮件）；密钥只显示掩码',
    tag: 'delivery',
    handler: ({ actor, services }) => services.delivery.listChannels(actor),
  }),
  route(apiContract['POST /api/delivery/channels'], {
    summary: '新增通知通道（Webhook 须为 https 公网地址，除非明确允许内网地址）',
    tag: 'delivery',
    status: 201,
    handler: ({ actor, body, services }) => services.delivery.createChannel(actor, body),
  }),
  route(apiContract['PATCH /api/delivery/channels/:id'], {
    summary: '修改通知通道（未填写的密钥保持不变）',
    tag: 'delivery',
    handler: ({ actor, params, body, services }) => services.delivery.updateChannel(actor, params.id, body),
  }),
  route(apiContract['DELETE /api/delivery/channels/:id'], {
    summary: '删除通知通道（连同其待发消息）',
    tag: 'delivery',
    status: 204,
    handler: ({ actor, params, services }) => services.delivery.deleteChannel(actor, params.id),
  }),
  route(apiContract['POST /api/delivery/channels/:id/test'], {
    summary: '发送测试消息（进入发送队列，结果见投递记录）',
    tag: 'delivery',
    status: 202,
    handler: ({ actor, params, body, services }) => services.delivery.testChannel(actor, params.id, body),
  }),
  route(apiContract['GET /api/delivery/log'], {
    summary: '投递记录（状态、尝试次数、最后错误、下次尝试时间）',
    tag: 'delivery',
    handler: ({ actor, query, services }) => services.delivery.log(actor, query),
  }),
  route(apiContract['POST /api/delivery/log/:id/retry'], {
    summary: '重试发送失败的消息',
    tag: 'delivery',
    handler: ({ actor, params, services }) => services.delivery.retry(actor, params.id),
  }),
];
