import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Progress, Space, Steps, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { uploadTo } from '../../api/call.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { PageHead } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';

const ACCEPT = '.docx,.doc,.wps,.xlsx,.xls,.et,.html,.htm,.txt,.pdf';
const MAX_MB = 20;

/** The plan an earlier import of the same file made (409 plan.duplicate). */
interface Duplicate {
  file: File;
  message: string;
  planId: string;
  status: string;
}

/** The earlier plan named in the details of a 409 plan.duplicate. */
function duplicateOf(details: unknown): { planId: string; status: string } | null {
  if (typeof details !== 'object' || details === null || !('planId' in details) || typeof details.planId !== 'string') return null;
  return { planId: details.planId, status: 'status' in details && typeof details.status === 'string' ? details.status : 'draft' };
}

/** Step 1 of the import wizard: drop a document, watch it upload and parse, then go to the review. */
export default function ImportPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [phase, setPhase] = useState<'idle' | 'uploading' | 'parsing'>('idle');
  const [pct, setPct] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  // Leaving the page (Back, a menu click) cancels the import: the server drops it and creates no draft.
  useEffect(() => () => inFlight.current?.abort(), []);

  const cancel = () => {
    inFlight.current?.abort();
    inFlight.current = null;
    setPhase('idle');
  };

  const send = async (file: File, allowDuplicate = false) => {
    setError(null);
    setDuplicate(null);
    if (file.size > MAX_MB * 1024 * 1024) {
      setError(t('文件超过 {n} MB，请压缩或拆分后再上传', { n: MAX_MB }));
      return;
    }
    setName(file.name);
    setPhase('uploading');
    setPct(0);
    const form = new FormData();
    form.append('file', file, file.name);
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const res = await uploadTo('POST /api/plans/import', form, {
        input: { query: allowDuplicate ? { duplicate: 'allow' } : {} },
        onProgress: (p) => {
          setPct(p);
          if (p >= 100) setPhase('parsing');
        },
        signal: controller.signal,
      });
      navigate(`/plans/${res.plan.id}/review`);
    } catch (e) {
      if (controller.signal.aborted) return;
      const existing = e instanceof ApiError && e.id === 'plan.duplicate' ? duplicateOf(e.details) : null;
      if (existing) setDuplicate({ file, message: errorMessage(e), ...existing });
      else setError(errorMessage(e));
      setPhase('idle');
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
  };

  const step = phase === 'idle' ? 0 : 1;
  return (
    <>
      <PageHead
        title={t('导入方案')}
        sub={t('支持 Word（.docx、.doc）、WPS（.wps、.et）、Excel（.xlsx、.xls）、PDF、网页（.html）和文本（.txt）文件')}
      />
      <Card>
        <Steps
          current={step}
          responsive
          style={{ marginBottom: 24 }}
          items={[{ title: t('上传文件') }, { title: t('自动解析') }, { title: t('审核修正') }, { title: t('发布') }]}
        />
        {error && <Alert type="error" showIcon message={t('导入失败')} description={error} style={{ marginBottom: 16 }} role="alert" />}
        {duplicate && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            message={t('此文件已导入过')}
            description={duplicate.message}
            action={
              <Space direction="vertical">
                <Button
                  type="primary"
                  onClick={() =>
                    navigate(duplicate.status === 'draft' ? `/plans/${duplicate.planId}/review` : `/plans/${duplicate.planId}`)
                  }
                >
                  {duplicate.status === 'draft' ? t('打开已有草稿') : t('查看已有方案')}
                </Button>
                <Button onClick={() => void send(duplicate.file, true)}>{t('仍然新建草稿')}</Button>
              </Space>
            }
          />
        )}
        {phase === 'idle' ? (
          <Upload.Dragger
            accept={ACCEPT}
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
            aria-label={t('上传方案文件')}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('点击或将方案文件拖到此处上传')}</p>
            <p className="ant-upload-hint">{t('系统将自动识别任务、牵头单位、完成时限和量化指标，导入后可逐条审核')}</p>
          </Upload.Dragger>
        ) : (
          <div style={{ textAlign: 'center', padding: '32px 0' }} role="status" aria-live="polite">
            <Typography.Title level={5}>{name}</Typography.Title>
            <Progress percent={phase === 'parsing' ? 100 : pct} status="active" style={{ maxWidth: 480, margin: '0 auto' }} />
            <p className="duban-muted">{phase === 'uploading' ? t('正在上传…') : t('正在解析文档、识别任务和单位…')}</p>
            <Button onClick={cancel}>{t('取消导入')}</Button>
          </div>
        )}
      </Card>
    </>
  );
}
