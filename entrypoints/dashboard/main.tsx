import { render } from 'preact';
import '../../components/styles.css';
import '../../components/pages.css';
import '../../components/dashboard/dashboard.css';
import '../../components/powermap/powermap.css';
import { App } from './App';

const app = document.getElementById('app');
if (app) render(<App />, app);
