// The page's entry. index.html already shows the header and the first lesson; this mounts the
// rest of the workspace around that lesson's node, which stays on screen until the lesson pane,
// loaded after first paint, takes its place.
import { mount } from 'svelte';
import App from './App.svelte';
import './ui/theme.css';

const workspace = document.getElementById('workspace');
const lesson = document.getElementById('lesson');
if (!workspace || !lesson) throw new Error('index.html lacks #workspace or #lesson');

mount(App, { target: workspace, props: { lesson } });
