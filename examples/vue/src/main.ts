import { createApp } from 'vue';
// The registering entries: each import defines its element (`<bilateral-dashboard>` …) once, for
// the whole page; Lit and the core are shared between them. Import them before mounting so that
// the elements are defined when Vue first renders their tags.
import '@bilateral/widgets/dashboard';
import '@bilateral/widgets/growth';
import '@bilateral/widgets/balance';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
