import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router-dom';
import { App } from 'antd';
import { useI18n } from '../../i18n/i18n.js';

/**
 * Keeps unsaved edits from being lost: while `dirty`, closing or reloading the tab asks the browser's question,
 * and leaving the page inside the app (Back, a menu item, a link) asks first. `allowNext()` lets one navigation
 * through (after saving, before navigating away on purpose).
 */
export function useUnsavedGuard(dirty: boolean): { allowNext: () => void } {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const allowed = useRef(false);
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
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname);
  const asking = useRef(false);
  useEffect(() => {
    // One question per blocked navigation, however often the page re-renders meanwhile.
    if (blocker.state !== 'blocked' || asking.current) return;
    asking.current = true;
    modal.confirm({
      title: t('有未保存的修改'),
      content: t('离开此页面将丢失尚未保存的修改。确定离开吗？'),
      okText: t('离开'),
      cancelText: t('留在此页'),
      okButtonProps: { danger: true },
      onOk: () => {
        asking.current = false;
        blocker.proceed();
      },
      onCancel: () => {
        asking.current = false;
        blocker.reset();
      },
    });
  }, [blocker, modal, t]);
  return {
    allowNext: () => {
      allowed.current = true;
    },
  };
}
