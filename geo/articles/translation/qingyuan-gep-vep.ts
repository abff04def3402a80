import type { ArticleTranslation } from './types';

export const qingyuanGepVep: ArticleTranslation = {
	kicker: null,
	authors: ['Wu Xin', 'Fan Yunpeng'],
	paragraphs: [
		{
			zh: '丽水市庆元县是中国生态环境第一县',
			en: 'Qingyuan County in Lishui City is “China’s Number One County for Ecological Environment”. Its forest cover reaches 96.35%, the highest in the province, and it is blessed with exceptional natural resources.'
		},
		{
			zh: '自丽水市获批为国家首个生态产品价值实现机制试点以来',
			en: 'Since Lishui City was approved as the country’s first pilot for a mechanism to realise the value of ecological products, how to apply the results of GEP (gross ecosystem product) accounting and the VEP accounting of specific areas to the protection and development of ecological resources, so as to establish and improve that mechanism and make ecological protection and economic development a win-win, has been an important question that the Qingyuan County Party Committee and County Government have been considering all along.'
		},
		{
			zh: '以百花岩风电场项目为例',
			en: 'Take the Baihuayan Wind Farm project. To advance ecological protection and green development together, and to avoid conflict between the value of ecological products of a specific area (VEP) and the protection of biodiversity on the one hand and green development on the other during the construction of the wind power project, the local government commissioned a professional third-party institution to carry out an assessment of the impact on ecological value while the project was still being planned. The assessment focuses on the impact of building the wind farm on animal habitats in the neighbouring area, on foraging birds and on the value of the area’s ecological products. Using integrated space-and-ground monitoring, with remote sensing and drones combined with transects laid out in the field and field surveys in all four seasons of spring, summer, autumn and winter, bird biodiversity observation plots were set up in the two project areas, east and west, with more than 20 observation transects and 24 infrared observation points. VEP and biodiversity monitoring and assessment cover the whole life cycle of the project (before construction, during construction and in operation) and span nearly three years. Through multi-dimensional, continuous monitoring of the natural ecosystems around the wind farm, a large amount of bird-tracking data and of changes in the area’s ecological value is being collected, so as to assess effectively the impact of building the wind power project on the value of the area’s ecological products and on the breeding, migration and other activities of birds, to propose protection and ecological management measures, to minimise the impact of the project on the local ecological environment, and to provide a basis and strategies for the science-based construction and operation of onshore wind farms.'
		},
		{
			zh: '同时，当地本着“宜林则林、宜灌则灌',
			en: 'At the same time, on the principle of “forest where forest suits, shrubs where shrubs suit, vines where vines suit and grass where grass suits”, the locality has made the investors responsible for ecological restoration, and is advancing the combined development of wind power and related industries such as sightseeing tourism in ways suited to local conditions. Bringing ecological restoration, the ecological economy and the agriculture, culture and tourism industries together, it is forming a development system that integrates many elements and pursues remediation and use side by side, which plays a positive role in optimising the industrial structure, driving local investment growth, promoting local employment and achieving green, high-quality development of the area.'
		},
		{
			zh: '“目前，我们不仅对项目建设进行生态价值影响评估',
			en: '“At present, we not only assess the impact of construction projects on ecological value, but also use the results of GEP accounting in fields such as calculating the costs of controlling environmental pollution, auditing the natural resource assets of leading officials, valuing land for transfer and pricing guesthouses, promoting ecological protection and the realisation of the value of ecological products in every respect and through many channels,” said an official of the Qingyuan County Development and Reform Bureau.'
		},
		{
			zh: 'GEP精准核算是过程',
			en: 'Accurate GEP accounting is the process; widening its fields of application and turning value into returns is the ultimate goal. In future, Qingyuan County will keep building and improving the GEP “six entries” application system, explore new application scenarios for the VEP of specific areas, and set up mechanisms for planning projects that realise the value of ecological products, for assessing potential value and for trading development and operating rights, so that “intangible” lucid waters and lush mountains are measured “with a price”, and more cases of realising the value of ecological products that can be copied and spread are formed.'
		}
	],
	figures: [
		{
			zh: '庆元双苗尖风电',
			en: 'Shuangmiaojian Wind Power, Qingyuan (photo courtesy of the Qingyuan County Development and Reform Bureau)'
		}
	],
	places: [
		{ site: 'qingyuan-county-seat', zh: '庆元', en: 'Qingyuan' },
		{
			site: 'qingyuan-county-seat',
			zh: '庆元县发展和改革局',
			en: 'Qingyuan County Development and Reform Bureau'
		},
		{
			site: 'shuangmiaojian-wind',
			zh: '庆元双苗尖风电',
			en: 'Shuangmiaojian Wind Power, Qingyuan'
		}
	]
};
