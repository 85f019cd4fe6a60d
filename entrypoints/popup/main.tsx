import { render } from 'preact';
import '../../components/styles.css';
import '../../components/pages.css';
import './popup.css';
import { App } from './App';

const app = document.getElementById('app');
if (app) render(<App />, app);
