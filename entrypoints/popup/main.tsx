import { render } from 'preact';
import '@/components/article.css';
import { App } from './App';
import { setPageLanguage } from '@/utils/browser/i18n';

setPageLanguage();
render(<App />, document.getElementById('app')!);
