package io.github.medicalnlp.catalogue;

import java.util.List;

/**
 * A catalogue built in code that mirrors sections 3.1 and 5.2 of the seed README (Medical_NLP as of
 * 2024-11-14), with the curated metadata a reader of the list would give it: kinds, languages,
 * modality and tasks.
 */
public final class SeedSample {

    private SeedSample() {
    }

    public static Entry.Builder entry(String name, String... urls) {
        Entry.Builder b = Entry.builder(name);
        for (String url : urls) {
            b.link(Link.of(url, "地址", LinkRole.HOMEPAGE));
        }
        return b;
    }

    public static List<Entry> chineseDatasets() {
        return List.of(
                entry("Huatuo-26M", "https://github.com/FreedomIntelligence/Huatuo-26M")
                        .field("简介", "Huatuo-26M 是迄今为止最大的中医问答数据集。")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).task("qa").build(),
                entry("中文医疗对话数据集", "https://github.com/Toyhom/Chinese-medical-dialogue-data")
                        .field("简介", "包含六个科室的医学问答数据")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).task("qa").task("dialogue").build(),
                entry("CBLUE", "https://github.com/CBLUEbenchmark/CBLUE")
                        .field("简介", "涵盖了医学文本信息抽取（实体识别、关系抽取）")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).task("ner").build(),
                entry("cMedQA2 (108K)", "https://github.com/zhangsheng93/cMedQA2")
                        .field("简介", "中文医药方面的问答数据集，超过10万条")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).task("qa").build(),
                entry("xywy-KG(294K三元组)", "https://github.com/baiyang2464/chatbot-base-on-Knowledge-Graph")
                        .field("简介", "44.1K实体 294.1K 三元组")
                        .kind(Kind.KNOWLEDGE_GRAPH).language(Language.CHINESE).modality(Modality.TEXT).build(),
                entry("39Health-KG (210K三元组)", "https://github.com/zhihao-chen/QASystemOnMedicalGraph")
                        .field("简介", "包括15项信息，其中7类实体，约3.7万实体，21万实体关系。")
                        .kind(Kind.KNOWLEDGE_GRAPH).language(Language.CHINESE).modality(Modality.TEXT).build(),
                entry("Medical-Dialogue-System", "https://github.com/UCSD-AI4H/Medical-Dialogue-System")
                        .field("", "MedDialog 数据集（中文）包含医生和病人之间的对话（中文）。该数据集有 110 万条对话和 400 万条语句。数据还在不断增长，未来有更多的对话将被添加进来。")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).task("dialogue").build(),
                entry("Chinese medical dialogue data", "https://github.com/Toyhom/Chinese-medical-dialogue-data")
                        .field("", "该数据集含有包括男科，儿科，妇产科，内科，外科，肿瘤科在内的六个不同科室总计792099条数据。")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).task("dialogue").build(),
                entry("Yidu-S4K", "http://openkg.cn/dataset/yidu-s4k")
                        .field("简介", "命名实体识别, 实体及属性抽取")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).task("ner").build(),
                entry("Yidu-N7K", "http://openkg.cn/dataset/yidu-n7k")
                        .field("简介", "临床语标准化")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).build(),
                entry("中文医药方面的问答数据集", "https://github.com/zhangsheng93/cMedQA2")
                        .field("简介", "医疗问答")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).task("qa").build(),
                entry("中文医患问答对话数据", "https://github.com/UCSD-AI4H/Medical-Dialogue-System")
                        .field("简介", "医疗问答")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).task("qa").task("dialogue").build(),
                entry("CPubMed-KG (4.4M三元组)", "https://cpubmed.openi.org.cn/graph/wiki")
                        .field("简介", "中华医学会高质量全文期刊数据")
                        .kind(Kind.KNOWLEDGE_GRAPH).language(Language.CHINESE).modality(Modality.TEXT).build(),
                entry("中文医学知识图谱 CMeKG (1M三元组)", "http://cmekg.pcl.ac.cn/")
                        .field("简介", "CMeKG（Chinese Medical Knowledge  Graph）")
                        .kind(Kind.KNOWLEDGE_GRAPH).language(Language.CHINESE).modality(Modality.TEXT).build(),
                entry("CHIP历年测评 (官方测评)", "http://cips-chip.org.cn/2022/callforeval", "http://www.cips-chip.org.cn/2021/", "http://cips-chip.org.cn/2020/")
                        .field("简介", "CHIP历年测评 (官方测评)")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).build(),
                entry("瑞金医院糖尿病数据集 (糖尿病)", "https://tianchi.aliyun.com/competition/entrance/231687/information")
                        .field("简介", "瑞金医院糖尿病数据集 (糖尿病)")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).build(),
                entry("天池新冠肺炎问句匹配比赛 (新冠)", "https://tianchi.aliyun.com/competition/entrance/231776/information")
                        .field("简介", "本次大赛数据包括：脱敏之后的医疗问题数据对和标注数据。")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).build());
    }

    public static List<Entry> multilingualModels() {
        return List.of(
                entry("ApolloMoE", "https://github.com/FreedomIntelligence/ApolloMoE")
                        .field("简介", "通过语言家族专家的混合，有效地实现 50 种语言医学LLM的民主化")
                        .kind(Kind.MODEL).language(Language.MULTILINGUAL).modality(Modality.TEXT).build(),
                entry("Apollo", "https://github.com/FreedomIntelligence/Apollo")
                        .field("简介", "轻量级多语言医学LLM，将医疗人工智能普及到 60亿人群")
                        .kind(Kind.MODEL).language(Language.MULTILINGUAL).modality(Modality.TEXT).build(),
                entry("MMedLM", "https://github.com/MAGIC-AI4Med/MMedLM")
                        .field("简介", "第一个开源的多语言医学语言模型")
                        .kind(Kind.MODEL).language(Language.MULTILINGUAL).modality(Modality.TEXT).build());
    }

    public static List<Entry> chineseModels() {
        return List.of(
                entry("BenTsao", "https://github.com/SCIR-HI/Huatuo-Llama-Med-Chinese")
                        .field("简介", "BenTsao以LLaMA-7B为基础，经过中文医学指令精调/指令微调得到。研究人员通过医学知识图谱和GPT3.5 API构建了中文医学指令数据集，并在此基础上对LLaMA进行了指令微调，提高了LLaMA在医疗领域的问答效果。")
                        .kind(Kind.MODEL).language(Language.CHINESE).modality(Modality.TEXT).task("qa").build(),
                entry("BianQue", "https://github.com/scutcyr/BianQue")
                        .field("简介", "一个经过指令与多轮问询对话联合微调的医疗对话大模型，以ClueAI/ChatYuan-large-v2作为底座，使用中文医疗问答指令与多轮问询对话混合数据集进行微调。")
                        .kind(Kind.MODEL).language(Language.CHINESE).modality(Modality.TEXT).task("qa").task("dialogue").build(),
                entry("SoulChat", "https://github.com/scutcyr/SoulChat")
                        .field("简介", "灵心以ChatGLM-6B作为初始化模型，经过百万规模心理咨询领域中文长文本指令与多轮共情对话数据联合指令微调，提升模型的共情能力、引导用户倾诉能力以及提供合理建议的能力。")
                        .kind(Kind.MODEL).language(Language.CHINESE).modality(Modality.TEXT).task("dialogue").build(),
                entry("DoctorGLM", "https://github.com/xionghonglin/DoctorGLM")
                        .field("简介", "一个基于 ChatGLM-6B的中文问诊大模型。该模型通过中文医疗对话数据集进行微调，实现了包括lora、p-tuningv2等微调及部署。")
                        .kind(Kind.MODEL).language(Language.CHINESE).modality(Modality.TEXT).task("dialogue").build(),
                entry("HuatuoGPT", "https://github.com/FreedomIntelligence/HuatuoGPT")
                        .field("简介", "华佗GPT是一个经过中文医学指令精调/指令微调(Instruct-tuning)得到的一个GPT-like模型。该模型是专门为医疗咨询设计的中文LLM，它的训练数据包含了从ChatGPT处蒸馏得到的数据和来自医生的真实数据，在训练过程中加入了RLHF的反馈。")
                        .kind(Kind.MODEL).language(Language.CHINESE).modality(Modality.TEXT).build(),
                entry("HuatuoGPT-II", "https://github.com/FreedomIntelligence/HuatuoGPT-II")
                        .field("简介", "华佗GPT2采用了创新的领域适应方法，大大提高了其医学知识和对话能力。它在多个医疗基准测试中表现出了一流的性能，尤其是在专家评估和新医学执业资格考试中超越了 GPT-4。")
                        .kind(Kind.MODEL).language(Language.CHINESE).modality(Modality.TEXT).task("dialogue").build());
    }

    public static List<Entry> englishModels() {
        return List.of(
                entry("GatorTron", "https://github.com/uf-hobi-informatics-lab/GatorTron")
                        .field("简介", "一个医疗健康领域的早期大模型，致力于研究使用非结构化的电子健康病例的系统是如何从有数十亿参数的医疗大模型中获益。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).build(),
                entry("Codex-Med", "https://github.com/vlievin/medical-reasoning")
                        .field("简介", "致力于研究GPT-3.5模型回答和推理实际医疗问题的能力。使用了医疗测试数据集USMLE和MedMCQA， 医疗阅读理解数据集PubMedQA。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).build(),
                entry("Galactica", "https://galactica.org/")
                        .field("简介", "Galactica致力于解决科学领域的信息过载问题，储存合并了包括医疗医疗健康领域在内的科学知识。Galactica在大型论文语料库，参考文献的基础上训练而成，尝试发现不同领域研究之间的潜在关系。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).build(),
                entry("DeID-GPT", "https://github.com/yhydhx/ChatGPT-API")
                        .field("简介", "一个创新的的支持GPT4的去识别框架，可以自动识别和删除识别信息。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).build(),
                entry("ChatDoctor", "https://github.com/Kent0n-Li/ChatDoctor")
                        .field("简介", "一个利用医疗领域基础知识，基于LLaMA进行微调得到的医疗对话模型。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).task("dialogue").build(),
                entry("MedAlpaca", "https://github.com/kbressem/medAlpaca")
                        .field("简介", "MedAlpaca采用了一种开源策略，致力于解决医疗系统中的隐私问题。该模型基于70亿和130亿参数量的LLaMa构建。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).build(),
                entry("PMC-LLaMA", "https://github.com/chaoyi-wu/PMC-LLaMA")
                        .field("简介", "PMC-LLaMA是一个开源语言模型，通过对LLaMA-7B在总计480万篇生物医学学术论文上进行调质，进一步灌输医学知识，以增强其在医学领域的能力。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).build(),
                entry("Visual Med-Alpaca", "https://github.com/cambridgeltl/visual-med-alpaca")
                        .field("简介", "Visual Med-Alpaca是一个开源的、参数高效的生物医学基础模型，可以与医学的“视觉专家”集成，用于多模式生物医学任务。该模型基于LLaMa-7B架构构建，使用由GPT-3.5-Turbo和人类专家共同策划的指令集进行训练。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).modality(Modality.IMAGE).build(),
                entry("GatorTronGPT", "https://github.com/uf-hobi-informatics-lab/GatorTronGPT")
                        .field("简介", "GatorTronGPT 是一个医疗生成大语言模型。该模型基于GPT-3构建，含有50亿或200亿参数。该模型使用了含有2770亿单词的，由临床和英语文本组成的庞大语料库。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).build(),
                entry("MedAGI", "https://github.com/JoshuaChou2018/MedAGI")
                        .field("简介", "MedAGI一个范例，以最低的成本将领域特定的医疗语言模型统一起来，为实现医疗通用人工智能提供了一条可能的途径。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).build(),
                entry("LLaVA-Med", "https://github.com/microsoft/LLaVA-Med")
                        .field("简介", "LLaVA- med使用通用领域LLaVA进行初始化，然后以课程学习方式进行持续训练(首先是生物医学概念对齐，然后是全面的指令调整)。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).modality(Modality.IMAGE).build(),
                entry("Med-Flamingo", "https://github.com/snap-stanford/med-flamingo")
                        .field("简介", "Med-Flamingo是一个视觉语言模型，专门设计用于处理包含图像和文本的交错多模态数据。以Flamingo为基础，Med-Flamingo通过对不同医学学科的多种多模式知识来源进行预训练，进一步增强了在这些医学领域的能力。")
                        .kind(Kind.MODEL).language(Language.ENGLISH).modality(Modality.TEXT).modality(Modality.IMAGE).build());
    }

    /** Sections 3 (with 3.1) and 5 (with 5.2 and its three children), as in the seed. */
    public static Catalogue catalogue() {
        Section datasets = Section.builder("LLM数据集").number("3").anchor("3-llm数据集")
                .child(Section.builder("中文").number("3.1").anchor("31-中文").entries(chineseDatasets()).build())
                .build();
        Section llm = Section.builder("医疗LLM").number("5.2").anchor("52-医疗llm")
                .child(Section.builder("多语言医疗大模型").number("5.2.1").entries(multilingualModels()).build())
                .child(Section.builder("中文医疗大语言模型").number("5.2.2").entries(chineseModels()).build())
                .child(Section.builder("英文医疗大语言模型").number("5.2.3").entries(englishModels()).build())
                .build();
        Section models = Section.builder("开源预训练模型").number("5").child(llm).build();
        return Catalogue.builder("Medical_NLP")
                .introduction("医疗NLP领域  评测/比赛，数据集，论文和预训练模型资源汇总。")
                .newsItem("2024/11/14", "新增 4. VLM数据集、5.3 医疗VLM")
                .section(datasets)
                .section(models)
                .citation("@misc{medical_NLP_github,\n  title = {Medical NLP},\n  year = {2023}\n}")
                .build();
    }
}
