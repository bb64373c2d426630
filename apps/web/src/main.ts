import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { installApiSession } from './modules/api-session';
import { router } from './router';
import './styles.css';

const pinia = createPinia();
installApiSession({ pinia, router });
createApp(App).use(pinia).use(router).mount('#app');
