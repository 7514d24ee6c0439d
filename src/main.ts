// The page's entry. index.html already shows the header and the lesson; this mounts the rest
// of the workspace around that lesson, moving its node rather than re-rendering it.
import { mount } from 'svelte';
import App from './App.svelte';
import './ui/theme.css';

const workspace = document.getElementById('workspace');
const lesson = document.getElementById('lesson');
if (!workspace || !lesson) throw new Error('index.html lacks #workspace or #lesson');

mount(App, { target: workspace, props: { lesson } });
