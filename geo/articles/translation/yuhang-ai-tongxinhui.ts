import type { ArticleTranslation } from './types';

export const yuhangAiTongxinhui: ArticleTranslation = {
	kicker: null,
	authors: ['Zhou Jing', 'Wei Xiao'],
	paragraphs: [
		{
			zh: '近年来，随着全球数字化转型的不断加速',
			en: 'In recent years, as digital transformation around the world has kept accelerating, artificial intelligence has become a powerful engine driving innovation and development. Seizing the opportunity and thinking in new ways, Yuhang Subdistrict in Yuhang District, Hangzhou, has worked hard to have the area’s association of people of the new social strata set up “AI Tongxinhui” (AI同心荟, “AI hearts united”). With strong support from Yuhang District’s innovative talent and technology enterprises, and through three major innovation mechanisms, AI Tongxinhui has become an important platform for communication within the artificial intelligence field and for links outside it, and a “golden business card” of Yuhang Subdistrict with its distinctive “industry + united front” character.'
		},
		{
			zh: '余杭街道不断夯实阵地保障机制',
			en: 'Yuhang Subdistrict keeps strengthening its mechanism for securing a base. Relying on the Artificial Intelligence Town within its area, it has created a United Front Home exclusively for members, providing member enterprises with support services such as policy advice, help with starting a business, and exchanges. Within member enterprises the subdistrict sets up “新英聚空间” (“new talent gathering spaces”) to create comprehensive, shared and functional branch bases for united-front work. So far 4 “新英聚空间” have been built: at Renqi Technology, the Gongda Intelligent Manufacturing Technology and Equipment Institute, Shengyan Technology and Qingzhou. The subdistrict has brought in a third-party operator, a new departure, to run day-to-day activities and build a regular programme of activities. In 2023, AI Tongxinhui organised 30 activities of various kinds, strengthening the cohesion of its members and raising its profile outside.'
		},
		{
			zh: '以余杭区多元化人才、技术等创新资源为依托',
			en: 'Drawing on Yuhang District’s diverse innovation resources such as talent and technology, Yuhang Subdistrict encourages member units to pair up and help one another, while also connecting them with outside innovative talent and innovation resources, so that they learn and improve through interaction and exchange. Self-running groups with an “AI + united front” character have now taken shape, represented by the common prosperity promotion group, the entrepreneurship mutual-aid group, the rural revitalisation promotion group and the badminton group, effectively fostering the growth of AI Tongxinhui’s members and exchange among them.'
		},
		{
			zh: '“AI同心荟”紧盯AI行业发展趋势',
			en: 'AI Tongxinhui keeps a close eye on trends in the AI industry, unites and rallies the strength of its members, and actively explores fields such as AI + industry, AI + society and AI + the countryside, forming a broad pattern of “AI +” serving the economy and society.'
		},
		{
			zh: '聚焦“AI+产业”',
			en: 'Focusing on “AI + industry”, AI Tongxinhui has formed a pattern of linked industrial innovation that empowers efficiently. Drawing on its member units’ own technical strengths and on its influence, AI Tongxinhui uses high-level events, such as the “Dialogue · Exploring the Frontiers of AI” series and the Digital Human Industry Summit and Forum on Digital Human Technology Innovation and Industrial Application, as vehicles for high-end dialogue on frontier artificial intelligence technologies and where they are applied. It is building a new platform for mutual cooperation, help for start-ups and win-win collaboration, building bridges for communication, and continually bringing innovative technologies, results and application scenarios to the outside world. Member units such as the ZJUT Yuhang Intelligent Manufacturing Institute, Shenxue Technology and Luer IoT have actively connected with Yueqing City, Daqiao Town, Jiangshan, Chongqing Liangjiang Group, the Future Sci-Tech City Management Committee and others, helping more new AI technologies, products and models to emerge and take hold, and promoting the whole chain of artificial intelligence from technical innovation to the application of results.'
		},
		{
			zh: '着眼“AI+社会”',
			en: 'Looking to “AI + society”, AI Tongxinhui holds to the idea that “AI makes life better”, using the power of technology to support public welfare and to help build a society in which a good life is shared and prosperity is common. Qiangqiang Technology, a member unit of AI Tongxinhui, has joined with disabled persons’ federations, foundations and other organisations in many places to provide bionic hands free of charge to more than 100 eligible people with disabilities, and takes an active part in all kinds of public-welfare activities. Since it was founded, AI Tongxinhui has donated technology products of all kinds to society, such as intelligent life-saving devices, “Ailiaoliao” service cards, smart voice-controlled lift systems and VR smart party-building systems.'
		},
		{
			zh: '推动“AI+乡村”',
			en: 'Advancing “AI + the countryside”, AI Tongxinhui is writing a pattern of rural revitalisation in which town and country move together. With Yushang Daoxiang as its model, AI Tongxinhui guides AI talent to go into the countryside and put down roots there. It successfully held the “Metaverse · Future Village Brainstorm”, working with others to build a demonstration future village and give rural revitalisation inexhaustible momentum. Member units such as Xiaopai Technology have taken an active part in discussions on branded themed rural tourism routes, using the power of technology to help revitalise the countryside.'
		},
		{
			zh: '未来，余杭街道将聚力同心',
			en: 'In future, Yuhang Subdistrict will pool its strength with one heart and make AI Tongxinhui a new benchmark for united-front work and a new model for promoting common prosperity.'
		}
	],
	figures: [],
	places: [
		{ site: 'yueqing', zh: '乐清市', en: 'Yueqing City' },
		{ site: 'jiangshan-daqiao', zh: '江山大桥镇', en: 'Daqiao Town, Jiangshan' }
	]
};
