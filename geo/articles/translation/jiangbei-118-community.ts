import type { ArticleTranslation } from './types';

export const jiangbei118Community: ArticleTranslation = {
	kicker: null,
	authors: ['Ma Jiawei', 'Xiang Yuwei'],
	paragraphs: [
		{
			zh: '宁波市江北区前江街道118工业社区',
			en: 'The 118 Industrial Community in Qianjiang Subdistrict, Jiangbei District, Ningbo, is a typical industry-based community. Covering 7.8 square kilometres, it is home to 2,444 enterprises with more than 30,000 workers. At present the community has 5 community cadres and full-time grid workers, and provides a range of services including community public governance, support for business development, technical empowerment of workers and safety-and-security work.'
		},
		{
			zh: '5个人如何撬动运转3万余人的工业社区？',
			en: 'How can 5 people keep an industrial community of more than 30,000 people running? The 118 Industrial Community has given its own answer.'
		},
		{
			zh: '网格化联企，激活红色治理效能。',
			en: 'Linking enterprises through grids to activate the effectiveness of “red” governance. Through a “party-building chain + industrial chain” model, the 118 Industrial Community has set up party-building alliances for 4 major industrial chains: automobiles and auto parts, fashion and health, intelligent manufacturing, and the industrial internet of things. They promote information exchange, resource sharing, coordination of production and sales and joint development between the industrial chains and among the upstream and downstream enterprises of each chain.'
		},
		{
			zh: '“我们还将164家重点企业划分为',
			en: '“We have also divided 164 key enterprises into 5 grids and 77 micro-grids. Leaders of the subdistrict’s leadership team are each assigned enterprises to support, together with instructors, ‘red managers’ and grid stewards. We are pressing ahead with community-style, fine-grained and standardised management and services for the industrial cluster, gathering enterprises’ needs in every respect and working with many parties to solve the problems enterprises face in their development,” said Chen Jianmeng, head of the 118 Industrial Community.'
		},
		{
			zh: '为了护航企业安全发展',
			en: 'To safeguard the safe development of enterprises, the 118 Industrial Community has also been exploring a “dual-cluster linkage model”. Each of the 5 grids has 1 safety expert and 1 staff member of the emergency and fire management office, and on the principle of “big enterprises leading small ones, strong enterprises helping weak ones”, cluster assistance activities are held regularly.'
		},
		{
			zh: '精准化赋能，破解企业发展难题。',
			en: 'Targeted empowerment to solve the problems of enterprise development. Since the 118 Industrial Community was founded, it has thoroughly carried out the “Number One Reform Project” of optimising the business environment. Using the subdistrict’s platforms for consultation and deliberation, such as the evening-talk platform with people’s congress deputies, it helps build a high-quality business environment, and it has opened up the “last metre” of services to enterprises.'
		},
		{
			zh: '“118工业社区真是我们企业的‘家里人’',
			en: '“The 118 Industrial Community really is ‘family’ to our enterprises. We raised our needs during an evening talk with the subdistrict’s people’s congress deputies, and they were solved very quickly,” said Wang Jiang, a representative of the workers of the enterprises along Tonghui Road, with gratitude. It turned out that just as the 118 Industrial Community was set up, the upgrading of Tonghui Road began, which seriously disrupted the enterprises’ lorry transport. Chen Jianmeng, a deputy to the Jiangbei District People’s Congress, reported this to the Qianjiang Subdistrict Working Committee of the People’s Congress. In the end, through the deputies’ evening talks, the “Traffic Organisation Plan for the Construction Period of Tonghui Road” was drawn up and adopted: before half of the road was closed, the road shoulders were widened beforehand, so that the enterprises’ transport vehicles could enter and leave normally.'
		},
		{
			zh: '点单式服务，提升职工幸福指数。',
			en: 'Services to order, raising workers’ happiness index. Those whom an industrial community serves are the industrial workers of its enterprises. The 118 Industrial Community has launched a community booking and ordering platform: enterprises place orders and the community takes them, providing targeted services to enterprise workers. It has also built the “Zhipin” WeChat mini-program, which links to all kinds of skills courses, so that workers can look for jobs and study online.'
		},
		{
			zh: '今年8月，在宁波赛嘉电器有限公司的托班课堂',
			en: 'This August, in the childcare classroom of Ningbo Saijia Electric Appliance Co., Ltd., the 118 Industrial Community delivered a series of summer-holiday courses to the “little migratory birds”, relieving the enterprise’s workers of their worries about home. The enterprise had placed this “delivery order” through the community booking and ordering platform.'
		},
		{
			zh: '要政策，社区帮忙对接；',
			en: 'If they need policies, the community helps connect them; if they need resources, the community helps make the introductions; if they have difficulties, the community helps come up with ideas … With the help of the 118 Industrial Community, service after service has been delivered to enterprises, and one “growing pain” after another has been resolved.'
		},
		{
			zh: '“接下来，街道将继续推动江北区首个工业社区',
			en: '“Next, the subdistrict will keep helping the 118 Industrial Community, the first industrial community in Jiangbei District, to take root in Qianjiang, and will do its utmost to build it into an enterprise-service community with the greatest vitality in science and innovation and the highest quality of service, making new and useful explorations for the building of modern urban and rural communities in Jiangbei in the new era,” said Zhang Ningning, Secretary of the Party Working Committee of Qianjiang Subdistrict.'
		}
	],
	figures: [],
	places: [{ site: 'qianjiang-street', zh: '前江', en: 'Qianjiang' }]
};
