"""Everyday questions for search, written by someone who had not read ctocio's knowledge base.

The writer read only the source article, its CLAIMS.md and ROLE-FACTS.md / ROLE-FACTS-2.md, and
asked as a busy manager would: short, casual, sometimes sloppy, avoiding the sources' distinctive
wording. Facts marked UNSOURCED or UNVERIFIED were not used, nor questions the sources would not
settle between the roles.

Part 1 (TUNING + HELD_OUT): 165 CTO-or-CIO questions, 55 in each style ("en" plain English,
"hi" colloquial Hindi in Devanagari, "roman" romanised Hindi / Hinglish); in each style 27 CIO,
27 CTO and 1 "cto|cio" (claim G1, "are they the same job?", where either answer is right). Every
CLAIMS.md statement is asked at least once per style; the rest rest on ROLE-FACTS §1-2. T7
(which products to start or stop) follows the article (the CTO).

Split, before any tuning: in each style, random.Random(20250101).sample(range(55), 19) chose 19
questions as HELD_OUT (styles drawn en, hi, roman from one generator), 57 in all; the other 108
are TUNING. The held-out set is scored once, at the end of the work it measures.

Part 2 (OTHER_ROLES): 90 questions, 30 in each style, answered by the roles beyond the article
(ciso, caio, chief-data-officer, chief-digital-officer, cpo, vp-engineering, chief-architect) or
by cto and cio where those are confused with them; "caio|chief-data-officer" where the sources
dispute who owns AI strategy.
"""
# (question, expected role id(s) joined by "|" where either is right, style "en" | "hi" | "roman",
#  the CLAIMS.md id(s) or ROLE-FACTS section it rests on)

TUNING: list[tuple[str, str, str, str]] = [
    ("who runs day to day IT at a company", "cio", "en", "I3; ONET3021"),
    ("which c-level looks for ways to use tech to cut our running costs", "cio", "en", "I4"),
    ("who figures out how software can save staff hours on boring manual work", "cio", "en", "I4"),
    ("who arranges training for employees when we roll out new software internally", "cio", "en", "I5; ISCO1330"),
    ("which exec tries to grow profit without letting service quality slip", "cio", "en", "I7"),
    ("who is the boss of the IT department", "cio", "en", "I8"),
    ("who's responsible for backups and getting systems back after a disaster", "cio", "en", "ONET3021"),
    ("who signs off on buying new laptops for staff", "cio", "en", "ONET3021-TX"),
    ("who controls the IT budget", "cio", "en", "ONET3021-TX; ISCO1330"),
    ("who hires and trains the IT support people", "cio", "en", "ONET3021"),
    ("who decides whether we just buy an off-the-shelf tool rather than build one", "cio", "en", "WP-CTO-old"),
    ("who sets IT governance and strategy for the whole company", "cio", "en", "ESCO-CIO"),
    ("who tells us when our systems are outdated and need upgrading", "cio", "en", "ONET3021"),
    ("the helpdesk guys - who do they ultimately answer to", "cio", "en", "ONET3021"),
    ("who asks staff what computers and systems they actually need", "cio", "en", "ISCO1330; ONET3021"),
    ("who's in charge of keeping employee data safe on our internal systems", "cio", "en", "ONET3021; ISCO1330"),
    ("who sets priorities and deadlines for the IT team's daily work", "cio", "en", "ONET3021"),
    ("at a bank or retailer, who does the CTO often report to", "cio", "en", "WP-CTO-de; HI-CTO"),
    ("IT support takes forever to answer tickets, which exec is measured on that", "cio", "en", "CIO-KPI"),
    ("who decides what tech goes into our product", "cto", "en", "T2"),
    ("who brings new tech onto the factory production line", "cto", "en", "T3"),
    ("which exec is focused on our customers out there rather than internal staff", "cto", "en", "T4; WP-CTO-old"),
    ("who decides which product lines we should drop", "cto", "en", "T7"),
    ("who shapes our product lineup so it makes the most money", "cto", "en", "T6"),
    ("who's in charge of R&D", "cto", "en", "WP-CTO"),
    ("who advises the CEO on technology", "cto", "en", "WP-CTO"),
    ("who checks out emerging tech to see if it's worth adopting", "cto", "en", "CTO-EI"),
    ("who makes the big long term architecture calls for our platform", "cto", "en", "CTO-EI"),
    ("who leads the team building brand new software from scratch", "cto", "en", "WP-CTO-old"),
    ("who grows the bottom line by putting better tech into the products we ship", "cto", "en", "T2"),
    ("medtech company - who handles the technical side with regulators", "cto", "en", "WP-CTO-de"),
    ("who keeps an eye on our tech debt", "cto", "en", "CTO-KPI"),
    ("our customer app is laggy, high latency - which exec owns that", "cto", "en", "CTO-KPI"),
    ("who turns the company's money and know-how into tech that hits business goals", "cto", "en", "WP-CTO-old"),
    ("if there's a VP of engineering, who do the architects and research engineers sit under", "cto", "en", "LeanIX"),
    ("who's the most senior tech executive over the engineers and developers", "cto", "en", "WP-CTO-de; T1"),
    ("ऑफिस का वाईफाई बार-बार कट जाता है, ऊपर लेवल पे किसकी जिम्मेदारी है", "cio", "hi", "I2"),
    ("कंपनी का ईमेल और फोन सिस्टम अपग्रेड कौन करवाता है", "cio", "hi", "I2"),
    ("रोज़ का आईटी का काम कौन चलाता है", "cio", "hi", "I3; ONET3021"),
    ("आईटी वेंडर से बात करनी है, किसके पास जाएं", "cio", "hi", "I6; ONET3021"),
    ("अंदर के सिस्टम के लिए नया सॉफ्टवेयर सप्लायर फाइनल करना है, किससे बात करें", "cio", "hi", "I6"),
    ("क्वालिटी गिराए बिना प्रॉफिट बढ़ाने की स्ट्रेटेजी में कौन लगा रहता है", "cio", "hi", "I7"),
    ("आईटी डिपार्टमेंट का हेड कौन होता है", "cio", "hi", "I8"),
    ("कौन सा अफसर कंपनी के अंदर के कामकाज पर फोकस करता है", "cio", "hi", "I9; WP-CTO-old"),
    ("डेटा का बैकअप कौन देखता है", "cio", "hi", "ONET3021"),
    ("आईटी का बजट किसके पास होता है", "cio", "hi", "ONET3021-TX; ISCO1330"),
    ("बना-बनाया सॉफ्टवेयर खरीदना है, ये फैसला किसका है", "cio", "hi", "WP-CTO-old"),
    ("सिस्टम पुराने हो गए हैं, अपग्रेड की सलाह कौन देगा", "cio", "hi", "ONET3021"),
    ("कर्मचारियों के डेटा की सिक्योरिटी अंदर के सिस्टम में कौन देखता है", "cio", "hi", "ONET3021; ISCO1330"),
    ("आईटी टीम की प्रायोरिटी और डेडलाइन कौन तय करता है", "cio", "hi", "ONET3021"),
    ("नॉन-टेक कंपनी में सीटीओ किसको रिपोर्ट करता है", "cio", "hi", "WP-CTO-de; HI-CTO"),
    ("सपोर्ट टिकट का जवाब बहुत देर से आता है, इसकी शिकायत किससे करें", "cio", "hi", "CIO-KPI"),
    ("आईटी डायरेक्टर वाला रोल असल में कौन सा सी-लेवल है", "cio", "hi", "WP-CIO"),
    ("इंजीनियरिंग टीम को कौन संभालता है", "cto", "hi", "T1; WP-CTO-de"),
    ("प्रोडक्ट में कौन सी टेक्नोलॉजी लगेगी, ये कौन तय करता है", "cto", "hi", "T2"),
    ("हमारे प्रोडक्ट को टेक से बेहतर बनाने का जिम्मा किसका है", "cto", "hi", "T2"),
    ("फैक्ट्री की प्रोडक्शन लाइन में नई टेक्नोलॉजी कौन लाता है", "cto", "hi", "T3"),
    ("कस्टमर वाली साइड पर किस सी-लेवल का ध्यान रहता है", "cto", "hi", "T4; WP-CTO-old"),
    ("प्रोडक्ट सुधारने वाले सप्लायर से डील कौन करता है, चाहे वो टेक वाले न हों", "cto", "hi", "T5"),
    ("कौन सा प्रोडक्ट बंद करना है, ये कौन डिसाइड करता है", "cto", "hi", "T7"),
    ("मार्केट में कौन सा नया प्रोडक्ट उतारना है, किसका फैसला होता है", "cto", "hi", "T7"),
    ("प्रोडक्ट पोर्टफोलियो को ज़्यादा कमाई के हिसाब से कौन सेट करता है", "cto", "hi", "T6"),
    ("सीईओ को टेक्नोलॉजी पर सलाह कौन देता है", "cto", "hi", "WP-CTO"),
    ("कंपनी का टेक विज़न कौन बनाता है", "cto", "hi", "ESCO-CTO"),
    ("प्लेटफॉर्म का लॉन्ग टर्म आर्किटेक्चर कौन तय करता है", "cto", "hi", "CTO-EI"),
    ("नया सॉफ्टवेयर बनाने वाले डेवलपर्स को कौन लीड करता है", "cto", "hi", "WP-CTO-old"),
    ("खुद की टेक्नोलॉजी डेवलप करने वाला अफसर कौन है, खरीदने वाला नहीं", "cto", "hi", "WP-CTO-old"),
    ("टेक्निकल डेट कितना बढ़ गया है, ये कौन ट्रैक करता है", "cto", "hi", "CTO-KPI"),
    ("कंपनी का पैसा सही टेक में लगाकर बिज़नेस के गोल पूरे कौन करवाता है", "cto", "hi", "WP-CTO-old"),
    ("हम जो सॉफ्टवेयर बेचते हैं उसका टेक स्टैक कौन संभालता है", "cto", "hi", "WP-CTO-old; e-words"),
    ("मैन्युफैक्चरिंग में टेक्नोलॉजी को जोड़ना किसका काम है", "cto", "hi", "T3"),
    ("सीटीओ और सीआईओ एक ही चीज़ है क्या", "cto|cio", "hi", "G1"),
    ("company ke mail aur phone system secure rakhna kiska kaam hai", "cio", "roman", "I2"),
    ("IT infra ka sabse bada head kaun hota hai", "cio", "roman", "I1"),
    ("IT operations kaun chalata hai company me", "cio", "roman", "I3; ONET3021"),
    ("employees ka time bachane ke liye system kaun lagwata hai", "cio", "roman", "I4"),
    ("naye bande ko software ka access kaun deta hai", "cio", "roman", "I5"),
    ("staff ko naye tools ki training kaun dilwata hai", "cio", "roman", "I5; ISCO1330"),
    ("IT vendor se baat karni hai kiske paas jau", "cio", "roman", "I6; ONET3021"),
    ("latest tech wale vikreta ke saath coordination kaun karta hai", "cio", "roman", "I6"),
    ("IT department ka boss kaun hai", "cio", "roman", "I8"),
    ("andar ke organisation pe focus kis CXO ka hota hai", "cio", "roman", "I9; WP-CTO-old"),
    ("data backup kiski zimmedari hai", "cio", "roman", "ONET3021"),
    ("IT ka budget kaun dekhta hai", "cio", "roman", "ONET3021-TX; ISCO1330"),
    ("purane computers upgrade karne ki salah kaun deta hai", "cio", "roman", "ONET3021"),
    ("company ke data ki suraksha kaun dekhta hai", "cio", "roman", "ONET3021; ISCO1330"),
    ("printer aur computer install karwana kiska kaam hai", "cio", "roman", "ISCO1330"),
    ("IT team ki priorities aur deadlines kaun set karta hai", "cio", "roman", "ONET3021"),
    ("IT policy aur governance kaun banata hai", "cio", "roman", "ESCO-CIO"),
    ("non tech company me CTO kisko report karta hai", "cio", "roman", "WP-CTO-de; HI-CTO"),
    ("helpdesk ticket ka reply late aata hai complaint kisse kare", "cio", "roman", "CIO-KPI"),
    ("engineering dept ka head kaun hai", "cto", "roman", "T1; WP-CTO-de"),
    ("naye product ki tech kaun decide karta hai", "cto", "roman", "T2"),
    ("product ko tech se better kaun banata hai", "cto", "roman", "T2"),
    ("factory ke production me nayi tech kaun jodta hai", "cto", "roman", "T3"),
    ("product improve karne wale supplier se deal kaun karta hai chahe wo tech company na ho", "cto", "roman", "T5"),
    ("kaunsa product band karna hai ye kaun decide karta hai", "cto", "roman", "T7"),
    ("naya product launch karna hai ya nahi kiska call hai", "cto", "roman", "T7"),
    ("product lineup ko max profit ke liye kaun set karta hai", "cto", "roman", "T6"),
    ("CEO ko tech advice kaun deta hai", "cto", "roman", "WP-CTO"),
    ("company ka technical vision kaun set karta hai", "cto", "roman", "ESCO-CTO"),
    ("nayi emerging tech evaluate kaun karta hai", "cto", "roman", "CTO-EI"),
    ("long term architecture decision kiska hota hai", "cto", "roman", "CTO-EI"),
    ("khud ki technology banane wala CXO kaun hai, kharidne wala nahi", "cto", "roman", "WP-CTO-old"),
    ("DORA metrics kaun dekhta hai", "cto", "roman", "CTO-KPI"),
    (
        "jo software hum customers ko bechte hai uska tech stack kaun own karta hai",
        "cto",
        "roman",
        "WP-CTO-old; e-words",
    ),
    ("fintech ya pharma me regulators se technical baat kaun karta hai", "cto", "roman", "WP-CTO-de"),
    ("customer base badhane ke liye product me tech kaun lagata hai", "cto", "roman", "T4; T2"),
]

HELD_OUT: list[tuple[str, str, str, str]] = [
    ("office wifi keeps dropping every afternoon, which exec is ultimately responsible", "cio", "en", "I2"),
    ("who makes sure our email and phone systems get upgraded and stay secure?", "cio", "en", "I2"),
    ("who's the top person for our servers, network and all that infra", "cio", "en", "I1"),
    (
        "new hire has no login to anything on day 3 - whose job is it that everyone has the access they need",
        "cio",
        "en",
        "I5",
    ),
    ("who talks to the companies selling us the latest IT tools", "cio", "en", "I6"),
    (
        "we're picking a supplier for our internal HR system, which chief should be in the room",
        "cio",
        "en",
        "I6; ONET3021",
    ),
    ("which tech chief looks inward at the organisation instead of at customers", "cio", "en", "I9; WP-CTO-old"),
    ("printer on 3rd floor and half the PCs need replacing, who picks and installs new kit", "cio", "en", "ISCO1330"),
    ("who runs the engineering department", "cto", "en", "T1; WP-CTO-de"),
    ("who works out how technology can make the stuff we sell better", "cto", "en", "T2; WP-CTO-old"),
    ("who deals with suppliers that make our product better, even if they're not tech companies", "cto", "en", "T5"),
    ("who decides what new products we should start selling", "cto", "en", "T7"),
    ("who sets the company's technical vision", "cto", "en", "ESCO-CTO"),
    ("who explains our tech strategy to investors and partners", "cto", "en", "Cleverism"),
    ("which chief invents new tech rather than buying ready-made stuff", "cto", "en", "WP-CTO-old"),
    ("we're a pharma company - who looks after patents on our tech", "cto", "en", "WP-CTO-de"),
    ("who tracks deploy frequency and lead time, the DORA numbers", "cto", "en", "CTO-KPI"),
    ("who owns the tech stack behind the software we sell", "cto", "en", "WP-CTO-old; e-words"),
    ("cto and cio - same job or not?", "cto|cio", "en", "G1"),
    ("सर्वर और नेटवर्क का सबसे बड़ा बॉस कौन होता है", "cio", "hi", "I1"),
    ("टेक्नोलॉजी से खर्चा कम करने का तरीका कौन ढूंढता है", "cio", "hi", "I4"),
    ("स्टाफ का टाइम बचाने के लिए ऑफिस में सिस्टम कौन लगवाता है", "cio", "hi", "I4"),
    ("नए एम्प्लॉई को सिस्टम का एक्सेस कौन दिलवाता है", "cio", "hi", "I5"),
    ("नए सॉफ्टवेयर की ट्रेनिंग स्टाफ को कौन दिलवाएगा", "cio", "hi", "I5; ISCO1330"),
    ("लैपटॉप खरीदने का अप्रूवल किससे लेना है", "cio", "hi", "ONET3021-TX"),
    ("हेल्पडेस्क वालों की भर्ती कौन करता है", "cio", "hi", "ONET3021"),
    ("सर्वर क्रैश हो जाए तो डिज़ास्टर रिकवरी का प्लान किसका काम है", "cio", "hi", "ONET3021"),
    ("कंपनी में कंप्यूटर और प्रिंटर लगवाने का काम किसका है", "cio", "hi", "ISCO1330"),
    ("आईटी की पॉलिसी और गवर्नेंस कौन बनाता है", "cio", "hi", "ESCO-CIO"),
    ("आर एंड डी का हेड कौन होता है", "cto", "hi", "WP-CTO"),
    ("कोई नया फ्रेमवर्क या नई टेक आई है, उसे परखने का काम किसका है", "cto", "hi", "CTO-EI"),
    ("इन्वेस्टर्स को हमारी टेक स्ट्रेटेजी कौन समझाता है", "cto", "hi", "Cleverism"),
    ("फार्मा कंपनी में पेटेंट वगैरह का मामला किसके पास जाता है", "cto", "hi", "WP-CTO-de"),
    ("कस्टमर बेस बढ़ाने के लिए प्रोडक्ट में नई टेक कौन डालता है", "cto", "hi", "T4; T2"),
    ("हमारे कस्टमर ऐप की लेटेंसी बहुत ज़्यादा है, ये किसका सिरदर्द है", "cto", "hi", "CTO-KPI"),
    ("डिप्लॉयमेंट फ्रीक्वेंसी जैसे डोरा मेट्रिक्स कौन देखता है", "cto", "hi", "CTO-KPI"),
    ("वीपी इंजीनियरिंग हो तो आर्किटेक्ट और रिसर्च इंजीनियर किसके अंडर आते हैं", "cto", "hi", "LeanIX"),
    ("मेडिकल डिवाइस कंपनी में रेगुलेटर से टेक्निकल बात कौन करता है", "cto", "hi", "WP-CTO-de"),
    ("office ka internet baar baar band hota hai kisko bolu", "cio", "roman", "I2"),
    ("kharcha kam karne ke liye tech kaun use karwata hai", "cio", "roman", "I4"),
    ("bina service quality giraye profit badhane ki strategy kaun banata hai", "cio", "roman", "I7"),
    ("naya laptop kharidna hai approval kaun dega", "cio", "roman", "ONET3021-TX"),
    ("IT support staff ki hiring kaun karta hai", "cio", "roman", "ONET3021"),
    ("ready made software kharidna hai ya nahi kaun decide karta hai", "cio", "roman", "WP-CTO-old"),
    ("disaster recovery plan kiska kaam hai", "cio", "roman", "ONET3021"),
    ("IT director ko c-suite me kya bolte hai", "cio", "roman", "WP-CIO"),
    ("bahar ke customers pe focus kaun rakhta hai CTO ya CIO", "cto", "roman", "T4; WP-CTO-old"),
    ("R&D kaun sambhalta hai", "cto", "roman", "WP-CTO"),
    ("investors ko tech strategy kaun samjhata hai", "cto", "roman", "Cleverism"),
    ("naya software banane wali dev team ko kaun lead karta hai", "cto", "roman", "WP-CTO-old"),
    ("pharma company me patent aur IP ka kaam kiske paas hota hai", "cto", "roman", "WP-CTO-de"),
    ("tech debt kaun track karta hai", "cto", "roman", "CTO-KPI"),
    ("hamare customer app ki latency zyada hai kiski zimmedari", "cto", "roman", "CTO-KPI"),
    ("company ke paise aur knowledge ko kaam ki technology me kaun badalta hai", "cto", "roman", "WP-CTO-old"),
    ("VP engineering ho to architects aur research engineers kiske under aate hai", "cto", "roman", "LeanIX"),
    ("manufacturing me tech integrate karna kiska kaam", "cto", "roman", "T3"),
    ("CTO aur CIO me koi fark hai ya same hai", "cto|cio", "roman", "G1"),
]

OTHER_ROLES: list[tuple[str, str, str, str]] = [
    ("we got hacked, who leads the incident response plan", "ciso", "en", "RF §3 CyberSaint"),
    ("who runs the phishing awareness training for staff", "ciso", "en", "RF §3 Cisco"),
    ("who briefs the board on cyber risk", "ciso", "en", "RF §3 CyberSaint; Treliant"),
    ("who writes our information security policy", "ciso", "en", "RF §3 ESCO-CISO"),
    ("between the CIO and the CISO, who sets the overall IT vision", "cio", "en", "RF §3 Cisco"),
    ("who does the CISO usually report to", "cio", "en", "RF §3 HS-2022; IANS; RF2 §2C HS-2023"),
    ("who's the top AI exec in a company", "caio", "en", "RF2 §2A WP-CAIO"),
    ("which role does every US federal agency have to name for AI", "caio", "en", "RF2 §1 M24-10; M25-21"),
    (
        "who keeps the list of AI use cases and sits on the AI governance board",
        "caio",
        "en",
        "RF2 §2A M24-10; MeriTalk-CAIO",
    ),
    ("who manages the AI budget and pushes AI adoption across teams", "caio", "en", "RF2 §2A IBM-CAIO25"),
    (
        "who's responsible for AI strategy - the AI chief or the data chief?",
        "caio|chief-data-officer",
        "en",
        "RF2 §2A 'Who owns AI'; G-CDAO25",
    ),
    ("who owns data quality across the company", "chief-data-officer", "en", "RF §4 AHIMA"),
    ("who decides what data we collect and keep", "chief-data-officer", "en", "RF §4 WP-CDOdata"),
    (
        "who sets the rules on who gets to make decisions about our data",
        "chief-data-officer",
        "en",
        "RF §4 AHIMA; TT-CDO",
    ),
    ("who handles contracts with third-party data providers", "chief-data-officer", "en", "RF §4 AHIMA"),
    ("who leads moving our old paper-based business to digital", "chief-digital-officer", "en", "RF §5 WP-CDOdig"),
    (
        "who owns the digital customer experience across app, website and stores",
        "chief-digital-officer",
        "en",
        "RF §5 WP-CDOdig",
    ),
    ("who hunts for new digital revenue streams", "chief-digital-officer", "en", "RF §5 Techopedia-CDigO"),
    ("digital strategy vs IT strategy - who owns the digital one", "chief-digital-officer", "en", "RF §5 SAJIM"),
    ("who decides which features go on the product roadmap", "cpo", "en", "RF §6 CPO-PM"),
    ("who does the market and customer research behind product strategy", "cpo", "en", "RF §6 CPO-PM"),
    ("cto or cpo - who owns the what and why of the product", "cpo", "en", "RF §6 PQ"),
    ("who makes sure engineering actually ships on time", "vp-engineering", "en", "RF §7 DDD; BFO"),
    ("who's in charge of hiring engineers and keeping them from quitting", "vp-engineering", "en", "RF §7 DDD"),
    ("who looks after engineering culture and team health", "vp-engineering", "en", "RF §7 DDD; BFO"),
    ("who sets architecture principles and standards for the whole enterprise", "chief-architect", "en", "RF §8 SFIA9"),
    (
        "who links the business mission to the IT strategy with an org-wide view of systems",
        "chief-architect",
        "en",
        "RF §8 ESCO-EA",
    ),
    ("cto or cpo - who decides how the product gets built technically", "cto", "en", "RF §6 PQ"),
    ("who owns the 3-5 year tech strategy, not the weekly delivery grind", "cto", "en", "RF §7 BFO; DDD"),
    ("between the CTO and the VP eng, who handles outside relationships", "cto", "en", "RF §7 BFO"),
    ("साइबर अटैक हो गया तो इंसिडेंट रिस्पॉन्स प्लान किसका है", "ciso", "hi", "RF §3 CyberSaint"),
    ("बोर्ड को साइबर रिस्क की रिपोर्ट कौन देता है", "ciso", "hi", "RF §3 CyberSaint; Treliant"),
    ("फिशिंग मेल पर कितने लोग क्लिक करते हैं, ये कौन ट्रैक करता है", "ciso", "hi", "RF §3 Hunto"),
    ("हर मंत्रालय को साइबर सिक्योरिटी के लिए कौन सा अफसर नॉमिनेट करना होता है", "ciso", "hi", "RF2 §2C MeitY-CISO"),
    ("सीआईएसओ आमतौर पर किसको रिपोर्ट करता है", "cio", "hi", "RF §3 HS-2022; IANS"),
    ("आईटी का विज़न कौन सेट करता है, सिक्योरिटी वाला अफसर नहीं", "cio", "hi", "RF §3 Cisco"),
    ("कंपनी में एआई का सबसे बड़ा अफसर कौन होता है", "caio", "hi", "RF2 §2A WP-CAIO"),
    ("एआई का बजट कौन कंट्रोल करता है", "caio", "hi", "RF2 §2A IBM-CAIO25; CIOL-IN"),
    ("एआई टीम बनाने और लीड करने का काम किसका है", "caio", "hi", "RF2 §2A WP-CAIO"),
    ("कंपनी में एआई अपनाने के लिए चेंज मैनेजमेंट कौन चलाता है", "caio", "hi", "RF2 §2A IBM-CAIO25"),
    (
        "एआई स्ट्रेटेजी किसके हाथ में है, एआई ऑफिसर या डेटा ऑफिसर",
        "caio|chief-data-officer",
        "hi",
        "RF2 §2A 'Who owns AI'; G-CDAO25",
    ),
    ("डेटा की क्वालिटी खराब है, किससे बात करें", "chief-data-officer", "hi", "RF §4 AHIMA"),
    ("कौन सा डेटा रखना है और कब तक, ये कौन तय करता है", "chief-data-officer", "hi", "RF §4 WP-CDOdata; BWL-CDO"),
    ("डेटा गवर्नेंस की पॉलिसी कौन बनाता है", "chief-data-officer", "hi", "RF §4 AHIMA; TT-CDO; RF2 §2B"),
    ("बाहर की डेटा प्रोवाइडर कंपनियों से कॉन्ट्रैक्ट कौन करता है", "chief-data-officer", "hi", "RF §4 AHIMA"),
    ("पूरी कंपनी को डिजिटल बनाने का प्लान कौन चलाता है", "chief-digital-officer", "hi", "RF §5 CIO-CDigO; WP-CDOdig"),
    ("ऐप, वेबसाइट हर जगह कस्टमर का डिजिटल एक्सपीरियंस कौन देखता है", "chief-digital-officer", "hi", "RF §5 WP-CDOdig"),
    ("डिजिटल से नई कमाई के मौके कौन ढूंढता है", "chief-digital-officer", "hi", "RF §5 Techopedia-CDigO"),
    ("स्टार्टअप्स और एनालिस्ट्स के साथ डिजिटल पार्टनरशिप कौन संभालता है", "chief-digital-officer", "hi", "RF §5 CIO-CDigO"),
    ("प्रोडक्ट रोडमैप में कौन सा फीचर पहले आएगा, ये कौन तय करता है", "cpo", "hi", "RF §6 CPO-PM"),
    ("प्रोडक्ट मैनेजर्स की पूरी टीम का बॉस कौन है", "cpo", "hi", "RF §6 CPO-PM"),
    ("प्रोडक्ट में क्या बनाना है और क्यों, ये किसका फैसला है", "cpo", "hi", "RF §6 PQ"),
    ("रिलीज़ टाइम पर और सही क्वालिटी में निकले, ये कौन पक्का करता है", "vp-engineering", "hi", "RF §7 DDD"),
    ("इंजीनियर्स की हायरिंग और उन्हें टिकाए रखना किसका काम है", "vp-engineering", "hi", "RF §7 DDD"),
    ("इंजीनियरिंग का प्रोसेस और टूल्स कौन तय करता है", "vp-engineering", "hi", "RF §7 DDD"),
    ("पूरे एंटरप्राइज़ के आर्किटेक्चर स्टैंडर्ड कौन बनाता है", "chief-architect", "hi", "RF §8 SFIA9"),
    ("पूरे ऑर्गनाइज़ेशन के लेवल पर बिज़नेस की ज़रूरत और नई टेक के बीच बैलेंस कौन बिठाता है", "chief-architect", "hi", "RF §8 ESCO-EA"),
    ("प्रोडक्ट को टेक्निकली कैसे बनाना है, ये सीपीओ तय करता है या सीटीओ", "cto", "hi", "RF §6 PQ"),
    ("अगले 3-5 साल की टेक स्ट्रेटेजी कौन देखता है, वीपी इंजीनियरिंग या सीटीओ", "cto", "hi", "RF §7 BFO"),
    ("बाहर के पार्टनर्स और इन्वेस्टर्स से टेक पर बात कौन करता है", "cto", "hi", "RF §7 BFO; RF §1 Cleverism"),
    ("hack ho gaye to incident response kaun lead karega", "ciso", "roman", "RF §3 CyberSaint"),
    ("security awareness training kaun karwata hai", "ciso", "roman", "RF §3 Cisco"),
    ("data leak rokne ka kaam kiska hai, DLP wala", "ciso", "roman", "RF §3 CyberSaint"),
    ("security ka budget kaun justify karta hai", "ciso", "roman", "RF §3 Cisco; CyberSaint"),
    ("CISO ka boss usually kaun hota hai", "cio", "roman", "RF §3 HS-2022; IANS"),
    ("CIO vs CISO, IT strategy kaun banata hai", "cio", "roman", "RF §3 Cisco"),
    ("AI wala department kaun lead karta hai", "caio", "roman", "RF2 §2A WP-CAIO"),
    ("sarkari agency me AI governance board ka vice chair kaun hota hai", "caio", "roman", "RF2 §2A MeriTalk-CAIO"),
    ("AI use cases ki list kaun maintain karta hai", "caio", "roman", "RF2 §2A M24-10; GovCDOIQ"),
    ("employees ko AI ke liye upskill karwana kiska kaam hai", "caio", "roman", "RF2 §2A CIOL-IN; MeriTalk-CAIO"),
    (
        "AI strategy ka malik kaun, CAIO ya data wala CDO",
        "caio|chief-data-officer",
        "roman",
        "RF2 §2A 'Who owns AI'; G-CDAO25",
    ),
    ("data governance kaun dekhta hai", "chief-data-officer", "roman", "RF §4 AHIMA; TT-CDO"),
    ("data ko strategic asset ki tarah kaun manage karta hai", "chief-data-officer", "roman", "RF §4 ESCO-CDO"),
    ("bahar ke data vendors se deal kaun karta hai", "chief-data-officer", "roman", "RF §4 AHIMA"),
    ("data ka lifecycle aur retention kiske paas hai", "chief-data-officer", "roman", "RF §4 BWL-CDO"),
    ("digital transformation kaun lead karta hai", "chief-digital-officer", "roman", "RF §5 CIO-CDigO"),
    ("purane offline business ko online kaun le jata hai", "chief-digital-officer", "roman", "RF §5 WP-CDOdig"),
    ("IT strategy nahi, digital strategy kiska kaam hai", "chief-digital-officer", "roman", "RF §5 SAJIM"),
    (
        "har touchpoint pe customer ka digital experience kaun own karta hai",
        "chief-digital-officer",
        "roman",
        "RF §5 WP-CDOdig",
    ),
    ("product roadmap kaun own karta hai", "cpo", "roman", "RF §6 CPO-PM"),
    ("customer retention aur engagement numbers kiska KPI hai", "cpo", "roman", "RF §6 PQ"),
    ("investors aur customers ke saamne product vision kaun rakhta hai", "cpo", "roman", "RF §6 CPO-PM"),
    ("engineering me deadline pe delivery kaun ensure karta hai", "vp-engineering", "roman", "RF §7 DDD; BFO"),
    ("engineering team ka culture aur health kaun dekhta hai", "vp-engineering", "roman", "RF §7 DDD; BFO"),
    ("engineering ke design changes kaun approve karta hai", "vp-engineering", "roman", "RF §7 ONET9041"),
    ("current se future architecture ka roadmap kaun banata hai", "chief-architect", "roman", "RF §8 SFIA9"),
    ("business mission ko IT strategy se jodne wala architect kaun hai", "chief-architect", "roman", "RF §8 ESCO-EA"),
    ("CTO aur CPO me 'kaise banana hai' kaun decide karta hai", "cto", "roman", "RF §6 PQ"),
    ("tech ki 5 saal ki strategy kaun banata hai, VP eng ya CTO", "cto", "roman", "RF §7 BFO"),
    ("chhote startup me CPO nahi hai to product aur tech dono kaun dekhta hai", "cto", "roman", "RF §6 GDEngine"),
]

# Part 1 with nine roles. A reviewer who read only the fact files (ROLE-FACTS.md, ROLE-FACTS-2.md,
# CLAIMS.md), not the knowledge base or any search output, went through all 165 Part 1 questions
# and added a new role as a second right answer where a sourced fact clearly gives it the work
# asked about: 23 tuning and 7 held-out questions. No first answer was removed.
NINE_ROLES_ALSO: dict[str, tuple[str, str]] = {
    "who's responsible for backups and getting systems back after a disaster": (
        "ciso",
        "RF §3 L91-92: CISO covers security operations, disaster recovery, business continuity [Cisco]",
    ),
    "who's in charge of keeping employee data safe on our internal systems": (
        "ciso",
        "RF §3 L89-90: CISO protects company and employee information from unauthorised access [ESCO-CISO]",
    ),
    "which exec is focused on our customers out there rather than internal staff": (
        "cpo",
        "RF §6 L147: CPO focus is customer- and market-facing [CTL-CPO]",
    ),
    "who decides which product lines we should drop": (
        "cpo",
        "RF §6 L144-146: CPO owns whole product lifecycle incl. retiring products [Torchora; "
        "CTL-CPO]; RF notes these sources give offer/retire to the CPO",
    ),
    "who shapes our product lineup so it makes the most money": (
        "cpo",
        "RF §6 L142-148: CPO sets product vision/strategy, owns roadmap and which products to offer "
        "or retire [CPO-PM; Torchora; CTL-CPO]; revenue metrics [PQ]",
    ),
    "who makes the big long term architecture calls for our platform": (
        "chief-architect",
        "RF §8 L167-168: chief architect builds current-to-future architecture roadmaps, "
        "architecture principles and standards [SFIA9]",
    ),
    "who leads the team building brand new software from scratch": (
        "vp-engineering",
        "RF §7 L155-157: VP Eng runs development teams and budgets [LeanIX], hiring, shipping, "
        "engineering process [DDD]",
    ),
    "कर्मचारियों के डेटा की सिक्योरिटी अंदर के सिस्टम में कौन देखता है": (
        "ciso",
        "RF §3 L89-90: CISO protects company and employee information from unauthorised access [ESCO-CISO]",
    ),
    "इंजीनियरिंग टीम को कौन संभालता है": (
        "vp-engineering",
        "RF §7 L155-158: VP Eng hires/keeps engineers, delivery, process, culture [DDD]; "
        "development teams [LeanIX]; engineering manager [ONET9041]",
    ),
    "कस्टमर वाली साइड पर किस सी-लेवल का ध्यान रहता है": (
        "cpo",
        "RF §6 L147: CPO focus is customer- and market-facing [CTL-CPO]",
    ),
    "कौन सा प्रोडक्ट बंद करना है, ये कौन डिसाइड करता है": (
        "cpo",
        "RF §6 L144-146: CPO owns whole product lifecycle incl. retiring products [Torchora; CTL-CPO]",
    ),
    "मार्केट में कौन सा नया प्रोडक्ट उतारना है, किसका फैसला होता है": (
        "cpo",
        "RF §6 L142-146: CPO owns product strategy/roadmap and which products to offer or retire "
        "[CPO-PM; Torchora; CTL-CPO]",
    ),
    "प्रोडक्ट पोर्टफोलियो को ज़्यादा कमाई के हिसाब से कौन सेट करता है": (
        "cpo",
        "RF §6 L142-148: CPO product strategy, which products to offer or retire [CPO-PM; Torchora; "
        "CTL-CPO]; revenue metrics [PQ]",
    ),
    "प्लेटफॉर्म का लॉन्ग टर्म आर्किटेक्चर कौन तय करता है": (
        "chief-architect",
        "RF §8 L167-168: current-to-future architecture roadmaps, principles and standards [SFIA9]",
    ),
    "नया सॉफ्टवेयर बनाने वाले डेवलपर्स को कौन लीड करता है": (
        "vp-engineering",
        "RF §7 L155-157: VP Eng runs development teams [LeanIX] and engineering delivery [DDD]",
    ),
    "company ke mail aur phone system secure rakhna kiska kaam hai": (
        "ciso",
        "RF §3 L89-90, L104-105: CISO defines security policy, protects information [ESCO-CISO]; "
        "makes sure systems are secure [Cisco]",
    ),
    "company ke data ki suraksha kaun dekhta hai": (
        "ciso",
        "RF §3 L89-90: CISO protects company information from unauthorised access [ESCO-CISO]; "
        "data-loss prevention [CyberSaint]",
    ),
    "engineering dept ka head kaun hai": (
        "vp-engineering",
        "RF §7 L153-158: VP Eng (O*NET Engineering Managers) runs engineering: hiring, delivery, "
        "process, culture [DDD; LeanIX; ONET9041]",
    ),
    "kaunsa product band karna hai ye kaun decide karta hai": (
        "cpo",
        "RF §6 L144-146: CPO owns whole product lifecycle incl. retiring products [Torchora; CTL-CPO]",
    ),
    "naya product launch karna hai ya nahi kiska call hai": (
        "cpo",
        "RF §6 L142-146: CPO product strategy/roadmap, which products to offer or retire [CPO-PM; Torchora; CTL-CPO]",
    ),
    "product lineup ko max profit ke liye kaun set karta hai": (
        "cpo",
        "RF §6 L142-148: CPO product strategy, which products to offer or retire [CPO-PM; Torchora; "
        "CTL-CPO]; revenue metrics [PQ]",
    ),
    "long term architecture decision kiska hota hai": (
        "chief-architect",
        "RF §8 L167-168: current-to-future architecture roadmaps, principles and standards [SFIA9]",
    ),
    "DORA metrics kaun dekhta hai": (
        "vp-engineering",
        "RF §7 L160: VP Eng metrics are the four DORA metrics [DORA]",
    ),
    "who runs the engineering department": (
        "vp-engineering",
        "RF §7 L153-158: VP Eng runs engineering: hiring, delivery, process, culture [DDD]; "
        "development teams and budgets [LeanIX; ONET9041]",
    ),
    "who decides what new products we should start selling": (
        "cpo",
        "RF §6 L142-146: CPO product strategy/roadmap, which products to offer or retire [CPO-PM; Torchora; CTL-CPO]",
    ),
    "who tracks deploy frequency and lead time, the DORA numbers": (
        "vp-engineering",
        "RF §7 L160: VP Eng metrics are the four DORA metrics [DORA]",
    ),
    "सर्वर क्रैश हो जाए तो डिज़ास्टर रिकवरी का प्लान किसका काम है": (
        "ciso",
        "RF §3 L91-92: CISO covers disaster recovery and business continuity [Cisco]",
    ),
    "डिप्लॉयमेंट फ्रीक्वेंसी जैसे डोरा मेट्रिक्स कौन देखता है": (
        "vp-engineering",
        "RF §7 L160: VP Eng metrics are the four DORA metrics [DORA]",
    ),
    "disaster recovery plan kiska kaam hai": (
        "ciso",
        "RF §3 L91-92: CISO covers disaster recovery and business continuity [Cisco]",
    ),
    "naya software banane wali dev team ko kaun lead karta hai": (
        "vp-engineering",
        "RF §7 L155-157: VP Eng runs development teams [LeanIX] and engineering delivery [DDD]",
    ),
}


def _with_nine_roles(questions: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    return [
        (
            question,
            f"{expected}|{NINE_ROLES_ALSO[question][0]}" if question in NINE_ROLES_ALSO else expected,
            style,
            basis,
        )
        for question, expected, style, basis in questions
    ]


TUNING = _with_nine_roles(TUNING)
HELD_OUT = _with_nine_roles(HELD_OUT)


# Part 3 (NEW_ROLES_HELD_OUT): 63 questions about the seven roles beyond the article, 9 a role,
# 3 in each style, written by another reviewer who read only the fact files, not the knowledge
# base, its other question sets or any search output, after search had been tuned on Part 2.
# Scored once, with tools/score_search.py --new-roles-held-out, at the end of the work on nine roles.
NEW_ROLES_HELD_OUT: list[tuple[str, str, str, str]] = [
    (
        "Somebody in accounts clicked a fake email link again. Who runs the phishing drills and tracks how "
        "many people fall for them?",
        "ciso",
        "en",
        "ROLE-FACTS §3 Duties: security awareness training [Cisco]; Metrics: phishing click rate [Hunto] (weak)",
    ),
    (
        "If we got hacked tonight, who should already have a written game plan for what everyone does in the "
        "first few hours?",
        "ciso",
        "en",
        "ROLE-FACTS §3 Duties: incident response plan [CyberSaint]",
    ),
    (
        "Who briefs the board on how exposed we are to cyber attacks?",
        "ciso",
        "en",
        "ROLE-FACTS §3 Duties: board reporting [CyberSaint]; Focus: enterprise-risk role facing the board "
        "[Treliant; HS-2023]",
    ),
    (
        "हमारी cyber security की strategy और security policy आखिर तय कौन करता है?",
        "ciso",
        "hi",
        "ROLE-FACTS §3 Duties: defines security policy [ESCO-CISO]; cybersecurity strategy and framework [Cisco]",
    ),
    (
        "हैकर्स के नए-नए तरीकों पर नज़र रखना और कंपनी में fraud रोकना, ये ज़िम्मेदारी किसकी होती है?",
        "ciso",
        "hi",
        "ROLE-FACTS §3 Duties: threat intelligence, fraud prevention [CyberSaint]",
    ),
    (
        "कोई attack हो तो उसे पकड़ने में कितना टाइम लगा और जवाब देने में कितना, ये numbers किसके dashboard पे होते हैं?",
        "ciso",
        "hi",
        "ROLE-FACTS §3 Metrics: mean time to detect / respond [Hunto] (weak)",
    ),
    (
        "company ka confidential data bahar leak na ho jaye, data loss rokne ka kaam kiske zimme hai?",
        "ciso",
        "roman",
        "ROLE-FACTS §3 Duties: data-loss prevention [CyberSaint]",
    ),
    (
        "MeitY ne har ministry ko bola hai ki cyber security ke liye ek senior officer nominate karo jo "
        "Secretary ko report kare, woh kaun sa role hai?",
        "ciso",
        "roman",
        "ROLE-FACTS-2 §2C India: MeitY advised every ministry to nominate a CISO reporting to the Secretary "
        "[MeitY-CISO]",
    ),
    (
        "naye security tools ke liye budget ka case bana ke management se paisa kaun nikalwata hai?",
        "ciso",
        "roman",
        "ROLE-FACTS §3 Duties: security investment case and budget [Cisco; CyberSaint]",
    ),
    (
        "Does anyone keep a list of every place we're actually using AI across the company? Whose job is that?",
        "caio",
        "en",
        "ROLE-FACTS-2 §2A Security and compliance: AI use-case inventory [M24-10; GovCDOIQ]",
    ),
    (
        "We've set aside money for AI tools this year. Who normally controls that budget?",
        "caio",
        "en",
        "ROLE-FACTS-2 §2A Finance: manages AI budgets [IBM-CAIO25]; 60% control the AI budget [CIOL-IN]",
    ),
    (
        "Who's supposed to build and lead our machine learning team?",
        "caio",
        "en",
        "ROLE-FACTS-2 §2A What it is: leads the AI/ML department [WP-CAIO]; Department: builds and leads AI "
        "teams [WP-CAIO]",
    ),
    (
        "कंपनी में लोग AI अपनाएं, इसके लिए change management कौन संभालता है?",
        "caio",
        "hi",
        "ROLE-FACTS-2 §2A Strategy: change management for AI adoption [IBM-CAIO25; CIOL-IN]",
    ),
    (
        "कोई AI सिस्टम लोगों के अधिकारों या safety पर असर डाल सकता हो, तो उसके लिए minimum risk वाले नियम कौन लागू करवाता है?",
        "caio",
        "hi",
        "ROLE-FACTS-2 §2A Security and compliance: minimum risk practices for rights- or safety-impacting AI "
        "[M24-10; GovCDOIQ]",
    ),
    (
        "अमेरिका की सरकारी agencies को 60 दिन के अंदर कौन सा नया officer रखना ज़रूरी कर दिया गया था?",
        "caio",
        "hi",
        "ROLE-FACTS-2 §1 row 1: OMB M-24-10 required each agency to name a CAIO within 60 days [M24-10]; kept "
        "by [M25-21]",
    ),
    (
        "AI pe jo paisa lag raha hai uska ROI badhana hai, toh kaun sa executive rakhna faydemand hota hai?",
        "caio",
        "roman",
        "ROLE-FACTS-2 §2A Finance: organisations with a CAIO see 10% greater ROI on AI spend [IBM-CAIO25]",
    ),
    (
        "company mein AI adoption tez karne ke liye companies kaun sa naya role bana rahi hain?",
        "caio",
        "roman",
        "ROLE-FACTS-2 §2A Goals: role created to accelerate AI strategy and AI adoption [IBM-CAIO25]",
    ),
    (
        "naye AI tools kharidne ki planning CIO, CISO aur CFO ke saath milke kaun karta hai?",
        "caio",
        "roman",
        "ROLE-FACTS-2 §2A Vendors: under OMB M-24-18 each CAIO plans AI acquisition with the CIO, CISO, CFO "
        "and CTO [MeriTalk-Acq]",
    ),
    (
        "Two dashboards show different sales numbers again. Who's ultimately on the hook for data quality "
        "across the company?",
        "chief-data-officer",
        "en",
        "ROLE-FACTS §4 Duties: data quality and maturity [AHIMA]; ROLE-FACTS-2 §2B: 46% name data quality as "
        "biggest barrier [MIT-IDE24]",
    ),
    (
        "Who gets to decide what information we capture about customers and how it gets used?",
        "chief-data-officer",
        "en",
        "ROLE-FACTS §4 Duties: decides what information is captured, kept and used [WP-CDOdata]",
    ),
    (
        "We want to buy some third-party market data. Who usually handles the relationship with data "
        "providers like that?",
        "chief-data-officer",
        "en",
        "ROLE-FACTS §4 Vendors: data-vendor relationships and data service providers [AHIMA]",
    ),
    (
        "कंपनी में data governance की policies और standards कौन बनाता है?",
        "chief-data-officer",
        "hi",
        "ROLE-FACTS §4 Duties: data governance: policies, standards, decision rights [AHIMA; TT-CDO]",
    ),
    (
        "पूरी कंपनी के डेटा को एक asset मानकर उससे business value निकालना, ये किसका काम है?",
        "chief-data-officer",
        "hi",
        "ROLE-FACTS §4 Duties: data as a strategic asset [ESCO-CDO]",
    ),
    (
        "डेटा mining और पूरे organisation का data administration कौन देखता है?",
        "chief-data-officer",
        "hi",
        "ROLE-FACTS §4 Duties: data administration and mining across the company [ESCO-CDO]",
    ),
    (
        "customer ka data kitne saal rakhna hai aur kab delete karna hai, yeh rule kaun banata hai?",
        "chief-data-officer",
        "roman",
        "ROLE-FACTS §4 Duties: privacy, protection, data lifecycle [BWL-CDO]; what is kept [WP-CDOdata]",
    ),
    (
        "hamari company ki data strategy kaun banata hai yaar?",
        "chief-data-officer",
        "roman",
        "ROLE-FACTS-2 §2B Duties: D&A strategy 74% [G-CDAO24]; data strategy and governance [IWX-DF25]",
    ),
    (
        "AI models ke liye data ready karwana aur uske governance rules set karna kiski zimmedari hai?",
        "chief-data-officer",
        "roman",
        "ROLE-FACTS-2 §2B Duties: preparing data for AI 39%, 64% set data-governance policies for AI "
        "[IWX-DF25]; owns data governance as AI enabler [G-CDAO24]",
    ),
    (
        "Half our business still runs on paper forms and phone orders. Who leads the push to take all of that digital?",
        "chief-digital-officer",
        "en",
        "ROLE-FACTS §5 Duties: growth by turning analogue businesses digital [WP-CDOdig]",
    ),
    (
        "Who makes sure the customer gets the same smooth experience on our app, our website and in the store?",
        "chief-digital-officer",
        "en",
        "ROLE-FACTS §5 Duties: digital customer experience at every touchpoint [WP-CDOdig]",
    ),
    (
        "Who's out there talking to startups, industry analysts and universities to bring in new digital ideas?",
        "chief-digital-officer",
        "en",
        "ROLE-FACTS §5 Duties: relationships with vendors, startups, analysts, academia [CIO-CDigO]",
    ),
    (
        "पूरी कंपनी का digital transformation कौन lead करता है?",
        "chief-digital-officer",
        "hi",
        "ROLE-FACTS §5 Duties: company-wide digital vision and transformation [CIO-CDigO]",
    ),
    (
        "Online और digital चीज़ों से कमाई के नए मौके ढूंढना, ये किसके ज़िम्मे है?",
        "chief-digital-officer",
        "hi",
        "ROLE-FACTS §5 Duties: finds digitisation opportunities and revenue [Techopedia-CDigO]",
    ),
    (
        "IT strategy तो अलग है, पर कंपनी की digital strategy कौन संभालता है?",
        "chief-digital-officer",
        "hi",
        "ROLE-FACTS §5 Versus the CIO: digital strategy vs IT strategy [SAJIM]",
    ),
    (
        "poori company ke liye digital vision kaun set karta hai?",
        "chief-digital-officer",
        "roman",
        "ROLE-FACTS §5 Duties: company-wide digital vision [CIO-CDigO]",
    ),
    (
        "app, website, WhatsApp, har jagah customer ka digital experience ek jaisa ho, iska zimmedaar kaun hai?",
        "chief-digital-officer",
        "roman",
        "ROLE-FACTS §5 Duties: digital customer experience at every touchpoint [WP-CDOdig]",
    ),
    (
        "hamara purana offline business digital banake growth laana hai, yeh kaam kiska hota hai?",
        "chief-digital-officer",
        "roman",
        "ROLE-FACTS §5 Duties: growth by turning analogue businesses digital [WP-CDOdig]",
    ),
    (
        "Who owns the roadmap and decides which features get built first?",
        "cpo",
        "en",
        "ROLE-FACTS §6 Duties: owns the roadmap and priorities [CPO-PM]",
    ),
    (
        "Who's the boss of all our product managers?",
        "cpo",
        "en",
        "ROLE-FACTS §6 Duties: runs the product-management organisation [CPO-PM]",
    ),
    (
        "Retention and engagement in our app keep dropping. Which exec is actually measured on those numbers?",
        "cpo",
        "en",
        "ROLE-FACTS §6 Metrics: engagement, retention [PQ]",
    ),
    (
        "मार्केट और customers पर research करके product किस दिशा में जाए, ये कौन तय करता है?",
        "cpo",
        "hi",
        "ROLE-FACTS §6 Duties: market and customer research; product vision and strategy [CPO-PM]",
    ),
    (
        "product में क्या बनेगा और क्यों बनेगा ये कौन decide करता है? कैसे बनेगा वो तो engineering वाले देख लेंगे।",
        "cpo",
        "hi",
        "ROLE-FACTS §6 Versus the CTO: CPO owns the why/what, CTO the how [PQ]",
    ),
    (
        "हमारे product का vision और strategy किसके हाथ में होता है?",
        "cpo",
        "hi",
        "ROLE-FACTS §6 Duties: product vision and strategy [CPO-PM]",
    ),
    (
        "design, marketing aur sales teams ke saath milke product ko aage kaun le jaata hai?",
        "cpo",
        "roman",
        "ROLE-FACTS §6 Duties: works with engineering, design, marketing, sales [CPO-PM]",
    ),
    (
        "bade customers aur investors ke saamne hamare product ko represent kaun karta hai?",
        "cpo",
        "roman",
        "ROLE-FACTS §6 Duties: represents products to customers and investors [CPO-PM]",
    ),
    (
        "app ke users badhana aur usse revenue growth, product side pe yeh KPI kiska hota hai?",
        "cpo",
        "roman",
        "ROLE-FACTS §6 Metrics: revenue and customer growth [PQ]",
    ),
    (
        "We keep missing release dates and bugs are creeping in. Who's accountable for shipping on time at "
        "decent quality?",
        "vp-engineering",
        "en",
        "ROLE-FACTS §7 Duties: shipping on time at the right quality [DDD]; VPE execution, delivery [BFO; DDD]",
    ),
    (
        "Our product engineers keep quitting. Whose job is it to hire good developers and actually keep them?",
        "vp-engineering",
        "en",
        "ROLE-FACTS §7 Duties: hiring and keeping engineers [DDD]; recruitment [ONET9041]",
    ),
    (
        "If the CTO is busy with long-term tech strategy and outside partners, who runs day-to-day delivery "
        "and keeps the teams healthy?",
        "vp-engineering",
        "en",
        "ROLE-FACTS §7 Versus the CTO: CTO strategy 1-5 years and outside relations; VPE execution, delivery, "
        "team health [BFO; DDD]",
    ),
    (
        "इंजीनियरिंग टीम का culture कैसा होगा, ये कौन shape करता है?",
        "vp-engineering",
        "hi",
        "ROLE-FACTS §7 Duties: engineering culture [DDD]",
    ),
    (
        "developers कौन से tools और कौन सा process follow करेंगे, ये फैसला किसका होता है?",
        "vp-engineering",
        "hi",
        "ROLE-FACTS §7 Duties: engineering process and tools [DDD]",
    ),
    (
        "किस काम पर कितनी engineering मेहनत लगानी है, ये बंटवारा कौन करता है?",
        "vp-engineering",
        "hi",
        "ROLE-FACTS §7 Duties: where engineering effort goes [DDD]",
    ),
    (
        "development teams ka budget kaun manage karta hai?",
        "vp-engineering",
        "roman",
        "ROLE-FACTS §7 Duties: development teams and budgets [LeanIX]; budgets [ONET9041]",
    ),
    (
        "engineers burnout ho rahe hain, team ki health ka dhyaan kaun rakhta hai?",
        "vp-engineering",
        "roman",
        "ROLE-FACTS §7 Versus the CTO: VPE team health [BFO; DDD]",
    ),
    (
        "alag alag dev teams ke beech technical kaam ka coordination kaun karta hai?",
        "vp-engineering",
        "roman",
        "ROLE-FACTS §7 Duties: coordinating technical work [ONET9041]",
    ),
    (
        "Who keeps the big picture of how every system in the company fits together?",
        "chief-architect",
        "en",
        "ROLE-FACTS §8: whole-organisation view [ESCO-EA]",
    ),
    (
        "Who writes the architecture principles and standards that every team is supposed to follow?",
        "chief-architect",
        "en",
        "ROLE-FACTS §8: architecture principles and standards [SFIA9]",
    ),
    (
        "Our systems are a mess. Who maps out how we get from what we have today to where we want to be in "
        "three years?",
        "chief-architect",
        "en",
        "ROLE-FACTS §8: current-to-future roadmaps [SFIA9]",
    ),
    (
        "business strategy को असली operating model में बदलने का खाका कौन बनाता है?",
        "chief-architect",
        "hi",
        "ROLE-FACTS §8: strategy to operating model [SFIA9]",
    ),
    (
        "आज के systems कैसे हैं और आगे target state क्या होगी, इसका roadmap कौन तैयार करता है?",
        "chief-architect",
        "hi",
        "ROLE-FACTS §8: current-to-future roadmaps [SFIA9]",
    ),
    (
        "पूरी कंपनी के IT systems का blueprint कौन बनाता है?",
        "chief-architect",
        "hi",
        "ROLE-FACTS §8: whole-organisation view [ESCO-EA]; architecture principles [SFIA9]",
    ),
    (
        "poore org ke liye architecture ke principles aur standards kaun define karta hai?",
        "chief-architect",
        "roman",
        "ROLE-FACTS §8: architecture principles and standards [SFIA9]",
    ),
    (
        "enterprise architect ka kaam actually hota kya hai?",
        "chief-architect",
        "roman",
        "ROLE-FACTS §8: ESCO enterprise architect 2511.6, whole-organisation view, links business mission to "
        "ICT strategy [ESCO-EA]",
    ),
    (
        "alag alag departments ke systems ek saath kaise fit honge, yeh poore organisation ke nazariye se "
        "kaun dekhta hai?",
        "chief-architect",
        "roman",
        "ROLE-FACTS §8: whole-organisation view [ESCO-EA]",
    ),
]
