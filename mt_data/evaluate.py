"""Scores of one translation checkpoint on prepared splits: the paper's two measures.

* mean precision (Woo et al. 2021, Tables 7-8): the share of reference target tokens (end of
  sentence included) that the model's argmax predicts under teacher forcing, as the `accuracy`
  the `costout_sum` criterion logs;
* BLEU of beam-search output, two ways, labelled:
  - `bleu_tok`: tokenized, lower-cased BLEU (sacrebleu with tokenize="none" on Moses-tokenized,
    lower-cased hypotheses and references), what the paper's preparation implies (multi-bleu);
  - `bleu_detok`: sacrebleu's standard BLEU (13a, cased) of the Moses-detokenized output against
    the raw reference sentences. The model writes lower case, so this is lower by construction;
    it is the number comparable with other systems.

fairseq is imported inside functions so `mt_data` stays importable without it.
"""
import argparse

import sacrebleu

DEFAULT_BEAM = 5


def bleu_scores(hypotheses_tok, references_tok, references_raw, tgt_lang):
    """{"bleu_tok", "bleu_detok"} for tokenized hypotheses (BPE already removed)."""
    from sacremoses import MosesDetokenizer

    if not (len(hypotheses_tok) == len(references_tok) == len(references_raw)):
        raise ValueError(f"{len(hypotheses_tok)} hypotheses for {len(references_tok)} tokenized "
                         f"and {len(references_raw)} raw references")
    detok = MosesDetokenizer(lang=tgt_lang)
    hypotheses_detok = [detok.detokenize(hyp.split()) for hyp in hypotheses_tok]
    return {
        "bleu_tok": sacrebleu.corpus_bleu(hypotheses_tok, [references_tok], tokenize="none",
                                          force=True).score,
        "bleu_detok": sacrebleu.corpus_bleu(hypotheses_detok, [references_raw]).score,
    }


def load_checkpoint(checkpoint, bin_dir):
    """(model in eval mode, task) for a fairseq checkpoint, reading data from `bin_dir`."""
    from fairseq import checkpoint_utils

    # Registers the project's models (a checkpoint may use costout_lstm) and allows fairseq's
    # pickled checkpoints under torch >= 2.6 (see fairseq_costout/__init__.py).
    import fairseq_costout  # noqa: F401

    models, _, task = checkpoint_utils.load_model_ensemble_and_task(
        [checkpoint], arg_overrides={"data": bin_dir})
    model = models[0]
    model.eval()
    return model, task


def evaluate_split(model, task, fairseq_split, beam=DEFAULT_BEAM, max_tokens=4000, bpe=None, cuda=False):
    """(n_correct, n_tokens, hypotheses) for one binarized split, hypotheses in corpus order."""
    import torch

    task.load_dataset(fairseq_split)
    dataset = task.dataset(fairseq_split)
    generator = task.build_generator(
        [model], argparse.Namespace(beam=beam, max_len_a=1.5, max_len_b=10, min_len=1))
    iterator = task.get_batch_iterator(
        dataset=dataset, max_tokens=max_tokens, max_positions=model.max_positions(),
        ignore_invalid_inputs=False, seed=1).next_epoch_itr(shuffle=False)
    tgt_dict = task.target_dictionary
    hypotheses = [None] * len(dataset)
    n_correct = n_tokens = 0
    with torch.no_grad():
        for sample in iterator:
            if not sample:
                continue
            if cuda:
                from fairseq import utils

                sample = utils.move_to_cuda(sample)
            # Mean precision: teacher-forced argmax against the reference (as costout_sum logs).
            net_output = model(**sample["net_input"])
            lprobs = model.get_normalized_probs(net_output, log_probs=True)
            target = sample["target"]
            real = target.ne(tgt_dict.pad())
            n_correct += (lprobs.argmax(-1).eq(target) & real).sum().item()
            n_tokens += real.sum().item()
            for index, hypos in zip(sample["id"].tolist(),
                                    task.inference_step(generator, [model], sample)):
                hypotheses[index] = tgt_dict.string(
                    hypos[0]["tokens"], bpe_symbol=bpe, extra_symbols_to_ignore={tgt_dict.eos()})
    missing = [i for i, hyp in enumerate(hypotheses) if hyp is None]
    if missing:
        raise RuntimeError(f"{fairseq_split}: no hypothesis for sentences {missing[:5]}...")
    return n_correct, n_tokens, hypotheses


def evaluate_checkpoint(checkpoint, bin_dir, splits, tgt_lang, beam=DEFAULT_BEAM, bpe=None, cuda=False):
    """{split: {"precision", "bleu_tok", "bleu_detok", "n_sentences"}, "_hypotheses": {...}}.

    `splits` maps our split name to (fairseq split name, tokenized refs, raw refs).
    """
    import torch

    model, task = load_checkpoint(checkpoint, bin_dir)
    if cuda:
        model.cuda()
    scores, hypotheses = {}, {}
    for split, (fairseq_split, references_tok, references_raw) in splits.items():
        n_correct, n_tokens, hyps = evaluate_split(model, task, fairseq_split, beam, bpe=bpe, cuda=cuda)
        refs_tok = [ref.replace("@@ ", "") for ref in references_tok] if bpe else references_tok
        scores[split] = {"precision": 100.0 * n_correct / max(n_tokens, 1),
                         **bleu_scores(hyps, refs_tok, references_raw, tgt_lang),
                         "n_sentences": len(hyps)}
        hypotheses[split] = hyps
    del model
    if cuda:
        torch.cuda.empty_cache()
    return scores, hypotheses
