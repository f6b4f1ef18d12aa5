import { render } from 'preact';
import '@/components/article.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
