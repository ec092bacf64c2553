"""costout_lstm speed (issue 3, benchmarks b and c); both sides alternate in one run.

decode: beam-search decoding time (beam 5, fairseq's SequenceGenerator), costout_lstm with a
    k-expansion head vs the same model with a full-softmax head, V = 32k, the paper's sizes by
    default. Every hypothesis is forced to the same length (min_len = max_len), so both decode
    the same number of steps.
train: training target words/s of costout_lstm against fairseq's built-in `lstm` at equal size
    (same embeddings, bidirectional encoder, decoder cells, attention and output sizes, so the
    same parameter count), full softmax, cross-entropy, SGD step, same batches.

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python benchmarks/bench_lstm.py decode \
        --out results/benchmarks/lstm_decode.json
    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python benchmarks/bench_lstm.py train \
        --out results/benchmarks/lstm_train.json
"""
import argparse
import json
import statistics
import sys
import time
from argparse import Namespace

import torch
import torch.nn.functional as F
from tqdm import tqdm

from costout.files import write_text_atomically


def dictionary(size):
    from fairseq.data import Dictionary
    d = Dictionary()
    for i in range(size - len(d)):
        d.add_symbol(f"w{i}")
    assert len(d) == size
    return d


def build(arch, vocab, seed=0, **overrides):
    """A fairseq model built the way fairseq-train builds it, with random weights."""
    from fairseq.models import ARCH_CONFIG_REGISTRY, ARCH_MODEL_REGISTRY
    import fairseq_costout  # noqa: F401  (registers costout_lstm)
    task = Namespace(source_dictionary=dictionary(vocab), target_dictionary=dictionary(vocab))
    args = Namespace(arch=arch, criterion="cross_entropy", **overrides)
    ARCH_CONFIG_REGISTRY[arch](args)
    torch.manual_seed(seed)
    return ARCH_MODEL_REGISTRY[arch].build_model(args, task), task


def batch(task, sentences, min_len, max_len, seed):
    """Random sentences of random lengths (right-padded targets, left-padded sources, as
    fairseq's LanguagePairDataset collates them)."""
    from fairseq.data import data_utils
    g = torch.Generator().manual_seed(seed)
    vocab, pad, eos = len(task.target_dictionary), task.target_dictionary.pad(), task.target_dictionary.eos()

    def sentence():
        n = int(torch.randint(min_len, max_len + 1, (1,), generator=g))
        return torch.cat([torch.randint(4, vocab, (n,), generator=g), torch.tensor([eos])])

    pairs = [(sentence(), sentence()) for _ in range(sentences)]
    pairs.sort(key=lambda pair: -len(pair[0]))  # fairseq batches by decreasing source length
    sources, targets = [p[0] for p in pairs], [p[1] for p in pairs]
    src_tokens = data_utils.collate_tokens(sources, pad, eos, left_pad=True)
    target = data_utils.collate_tokens(targets, pad, eos, left_pad=False)
    prev = data_utils.collate_tokens(targets, pad, eos, left_pad=False, move_eos_to_beginning=True)
    return {"net_input": {"src_tokens": src_tokens,
                          "src_lengths": torch.tensor([len(s) for s in sources]),
                          "prev_output_tokens": prev},
            "target": target, "ntokens": int(target.ne(pad).sum())}


def alternate(steps, repeats, desc):
    """Time each step function `repeats` times, alternating between them, after one warm-up."""
    for step in steps.values():
        step()
    times = {name: [] for name in steps}
    for _ in tqdm(range(repeats), desc=desc, file=sys.stderr):
        for name, step in steps.items():
            start = time.perf_counter()
            step()
            times[name].append(time.perf_counter() - start)
    return times


def bench_decode(args):
    from fairseq.sequence_generator import SequenceGenerator
    sizes = dict(encoder_layers=args.layers, decoder_layers=args.layers,
                 decoder_hidden_size=args.hidden, encoder_hidden_size=args.hidden // 2,
                 attention_dim=args.attention_dim, dropout=0.0)
    models = {}
    for head in ("kexpansion", "softmax"):
        models[head], task = build("costout_lstm", args.vocab, output_head=head, **sizes)
        models[head].eval()
    sample = batch(task, args.sentences, args.length, args.length, seed=1)
    sample["net_input"].pop("prev_output_tokens")
    generators = {
        head: SequenceGenerator([model], task.target_dictionary, beam_size=args.beam,
                                max_len_a=0, max_len_b=args.length, min_len=args.length)
        for head, model in models.items()
    }

    def step(head):
        with torch.no_grad():
            hypos = generators[head].generate([models[head]], sample)
        assert all(len(h[0]["tokens"]) == args.length + 1 for h in hypos)  # + eos

    times = alternate({head: (lambda h=head: step(h)) for head in generators}, args.repeats,
                      "decode")
    kexp, full = statistics.median(times["kexpansion"]), statistics.median(times["softmax"])
    print(f"beam {args.beam}, V={args.vocab}, {args.sentences} sentences x {args.length} "
          f"tokens: full softmax {full:.3f}s, k-expansion {kexp:.3f}s, speed-up {full / kexp:.2f}x")
    return {"times_s": times, "speedup": full / kexp,
            "params": {h: sum(p.numel() for p in m.parameters()) for h, m in models.items()}}


def bench_train(args):
    common = dict(encoder_embed_dim=args.embed, decoder_embed_dim=args.embed,
                  encoder_layers=args.layers, decoder_layers=args.layers,
                  encoder_hidden_size=args.hidden // 2, decoder_hidden_size=args.hidden,
                  dropout=0.1)
    models = {}
    models["costout_lstm"], task = build(
        "costout_lstm", args.vocab, encoder_bidirectional=True, attention_dim=args.hidden,
        output_head="softmax", **common)
    models["lstm"], _ = build("lstm", args.vocab, encoder_bidirectional=True,
                              decoder_out_embed_dim=args.hidden, **common)
    if args.with_batch_norm:
        models["costout_lstm+bn"], _ = build(
            "costout_lstm", args.vocab, encoder_bidirectional=True, attention_dim=args.hidden,
            output_head="softmax", lstm_batch_norm=True, **common)
    params = {name: sum(p.numel() for p in m.parameters()) for name, m in models.items()}
    print("parameters:", params)
    batches = [batch(task, args.sentences, args.length // 2, args.length * 3 // 2, seed=s)
               for s in range(4)]
    optimizers = {name: torch.optim.SGD(m.parameters(), lr=0.01) for name, m in models.items()}
    counter = {name: 0 for name in models}

    def step(name):
        model, sample = models[name].train(), batches[counter[name] % len(batches)]
        counter[name] += 1
        optimizers[name].zero_grad()
        logits = model(**sample["net_input"])[0]
        lprobs = F.log_softmax(logits.float(), dim=-1).view(-1, logits.size(-1))
        F.nll_loss(lprobs, sample["target"].view(-1), ignore_index=task.target_dictionary.pad(),
                   reduction="sum").backward()
        optimizers[name].step()

    times = alternate({name: (lambda n=name: step(n)) for name in models}, args.repeats, "train")
    words = statistics.mean(b["ntokens"] for b in batches)
    wps = {name: words / statistics.median(t) for name, t in times.items()}
    for name, value in wps.items():
        print(f"{name:>16}: {value:8.1f} target words/s ({params[name]} parameters)")
    print(f"costout_lstm / lstm words/s ratio: {wps['costout_lstm'] / wps['lstm']:.2f}")
    return {"times_s": times, "words_per_batch": words, "words_per_s": wps, "params": params,
            "ratio": wps["costout_lstm"] / wps["lstm"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("which", choices=["decode", "train"])
    parser.add_argument("--vocab", type=int, help="default: 32768 (decode), 8000 (train)")
    parser.add_argument("--hidden", type=int, help="decoder cells per layer (encoder: half per "
                        "direction); default 1000 (decode, the paper), 512 (train)")
    parser.add_argument("--layers", type=int, help="default 4 (decode), 2 (train)")
    parser.add_argument("--embed", type=int, default=256, help="train: embedding size")
    parser.add_argument("--attention-dim", type=int, default=250, help="decode: paper's 250")
    parser.add_argument("--sentences", type=int, help="default 8 (decode), 64 (train)")
    parser.add_argument("--length", type=int, default=20, help="tokens per sentence (train: mean)")
    parser.add_argument("--beam", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--with-batch-norm", action="store_true",
                        help="train: also time costout_lstm with --lstm-batch-norm")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    defaults = {"decode": dict(vocab=32768, hidden=1000, layers=4, sentences=8),
                "train": dict(vocab=8000, hidden=512, layers=2, sentences=64)}[args.which]
    for key, value in defaults.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    result = bench_decode(args) if args.which == "decode" else bench_train(args)
    result.update(command=" ".join(sys.argv), threads=torch.get_num_threads(),
                  settings=vars(args))
    write_text_atomically(args.out, json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
