import { useEffect, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router-dom';
import { Modal } from 'antd';
import { useI18n } from '../../i18n/i18n.js';

/**
 * Keeps unsaved edits from being lost: while `dirty`, closing or reloading the tab asks the browser's question,
 * and leaving the page inside the app (Back, a menu item, a link) asks first — the page renders `prompt`.
 * `allowNext(true)` lets navigation through (while leaving on purpose), `allowNext(false)` guards again.
 */
export function useUnsavedGuard(dirty: boolean): { allowNext: (allow?: boolean) => void; prompt: ReactNode } {
  const { t } = useI18n();
  const allowed = useRef(false);
  // The blocker reads refs, not the render's values: a navigation started from an older closure (a dialog's
  // callback) sees the current state.
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirtyRef.current && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );
  // The question is a plain modal bound to the blocker's state: one per blocked navigation, gone once answered.
  const prompt = (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('有未保存的修改')}
      okText={t('离开')}
      cancelText={t('留在此页')}
      okButtonProps={{ danger: true }}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {t('离开此页面将丢失尚未保存的修改。确定离开吗？')}
    </Modal>
  );
  return {
    allowNext: (allow = true) => {
      allowed.current = allow;
    },
    prompt,
  };
}
