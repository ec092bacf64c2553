"""The LSTM-attention translation model of the paper's MT experiments (Woo et al. 2021, sec. 4.2).

Bidirectional LSTM encoder; stacked LSTM decoder with global attention after Luong et al. (2015,
"general" score h_t^T W_a h_s) and input feeding (the attentional vector h~_t = tanh(W_c[c_t; h_t])
is fed to the next step's first layer); an output head that is a full softmax or a k-expansion
(`--output-head kexpansion`, eq. 12, see fairseq_costout/kexpansion.py).

Optional batch normalization of the gate net values and the cell vector (`--lstm-batch-norm`),
as the paper applies it, mixed in with a weight w that decays linearly to 0 over
`--lstm-bn-decay-updates` updates:

    a' = a + w (BN(a) - a)   for the gate net values a = W_x x + W_h h + b
    h  = o * tanh(c + w (BN(c) - c))

At w = 0 the cell is exactly an ordinary LSTM (tests/test_costout_lstm.py checks it against
torch.nn.LSTM). Without the option the encoder runs torch.nn.LSTM and the decoder fused LSTM
cells, and nothing of the normalization is built.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from fairseq import utils
from fairseq.models import (
    FairseqEncoder,
    FairseqEncoderDecoderModel,
    FairseqIncrementalDecoder,
    register_model,
    register_model_architecture,
)
from fairseq.modules import FairseqDropout

from fairseq_costout.kexpansion import KExpansionHead

OUTPUT_HEADS = ("softmax", "kexpansion")


def uniform_(module, scale=0.1):
    """Uniform(-0.1, 0.1) for every weight and bias, as fairseq's `lstm` initializes."""
    for param in module.parameters():
        nn.init.uniform_(param, -scale, scale)
    return module


def Embedding(num_embeddings, embedding_dim, padding_idx):
    m = uniform_(nn.Embedding(num_embeddings, embedding_dim, padding_idx=padding_idx))
    nn.init.zeros_(m.weight[padding_idx])
    return m


def load_embedding_file(path, dictionary, embed_dim):
    """Embedding initialized from a word2vec text file (first line: count and dimension)."""
    embedding = Embedding(len(dictionary), embed_dim, dictionary.pad())
    try:
        vectors = utils.parse_embedding(path)
    except OSError as error:
        raise ValueError(f"cannot read embedding file {path}: {error}") from error
    for word, vector in vectors.items():
        if vector.numel() != embed_dim:
            raise ValueError(
                f"embedding file {path}: word {word!r} has {vector.numel()} values but the "
                f"model's embedding dimension is {embed_dim} (--encoder/decoder-embed-dim)"
            )
    utils.print_embed_overlap(vectors, dictionary)
    return utils.load_embedding(vectors, dictionary, embedding)


class BatchNormWeight(nn.Module):
    """w(u) = w_0 * max(0, 1 - u / N): the normalization's weight after u updates.

    A buffer, so that checkpoints carry it into fairseq-generate; `set_num_updates` is called
    by fairseq's trainer on every module before each update, so resumed runs get the same w.
    """

    def __init__(self, initial=1.0, decay_updates=0):
        super().__init__()
        self.initial, self.decay_updates = initial, decay_updates
        self.register_buffer("weight", torch.tensor(float(initial)))

    def set_num_updates(self, num_updates):
        if self.decay_updates > 0:
            self.weight.fill_(self.initial * max(0.0, 1.0 - num_updates / self.decay_updates))


class MaskedBatchNorm(nn.Module):
    """Batch normalization over the batch rows that are real tokens (`valid`), not padding.

    One set of statistics is shared by all time steps; running averages are used in eval.
    """

    def __init__(self, num_features, momentum=0.1, eps=1e-5):
        super().__init__()
        self.momentum, self.eps = momentum, eps
        self.gain = nn.Parameter(torch.ones(num_features))
        self.shift = nn.Parameter(torch.zeros(num_features))
        self.register_buffer("running_mean", torch.zeros(num_features))
        self.register_buffer("running_var", torch.ones(num_features))

    def forward(self, x, valid=None):
        if self.training:
            rows = x if valid is None else x[valid]
            if rows.size(0) == 0:
                return x  # nothing real in this step; its outputs are discarded anyway
            mean, var = rows.mean(0), rows.var(0, unbiased=False)
            with torch.no_grad():
                n = rows.size(0)
                unbiased = var * n / max(n - 1, 1)
                self.running_mean.lerp_(mean, self.momentum)
                self.running_var.lerp_(unbiased, self.momentum)
        else:
            mean, var = self.running_mean, self.running_var
        return (x - mean) * torch.rsqrt(var + self.eps) * self.gain + self.shift


class BNLSTMCell(nn.LSTMCell):
    """nn.LSTMCell (same parameters and gate order i, f, g, o) with optional normalization."""

    def __init__(self, input_size, hidden_size, batch_norm=False):
        super().__init__(input_size, hidden_size)
        uniform_(self)
        self.batch_norm = batch_norm
        if batch_norm:
            self.gate_norm = MaskedBatchNorm(4 * hidden_size)
            self.cell_norm = MaskedBatchNorm(hidden_size)

    def forward(self, x, state, valid=None, bn_weight=None):
        if not self.batch_norm:
            return super().forward(x, state)
        h, c = state
        gates = F.linear(x, self.weight_ih, self.bias_ih) + F.linear(h, self.weight_hh, self.bias_hh)
        # The paper's normalization of all gate and cell net values, mixed in with weight w.
        gates = gates + bn_weight * (self.gate_norm(gates, valid) - gates)
        i, f, g, o = gates.chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        c_out = c + bn_weight * (self.cell_norm(c, valid) - c)
        return torch.sigmoid(o) * torch.tanh(c_out), c


class BNLSTM(nn.Module):
    """A stack of (bidirectional) BNLSTMCell layers, shaped like torch.nn.LSTM.

    forward(x: T x B x I, valid: T x B) -> (T x B x D*H, (h_n, c_n): L*D x B x H). Padded steps
    leave the state unchanged, so any padding side works in both directions.
    """

    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False,
                 dropout=0.0, batch_norm=True):
        super().__init__()
        self.directions = 2 if bidirectional else 1
        self.hidden_size, self.num_layers, self.dropout = hidden_size, num_layers, dropout
        self.cells = nn.ModuleList(
            BNLSTMCell(input_size if layer == 0 else hidden_size * self.directions,
                       hidden_size, batch_norm)
            for layer in range(num_layers)
            for _ in range(self.directions)
        )

    def forward(self, x, valid, bn_weight):
        seq_len, bsz, _ = x.shape
        final_h, final_c = [], []
        for layer in range(self.num_layers):
            outputs = []
            for direction in range(self.directions):
                cell = self.cells[layer * self.directions + direction]
                h = c = x.new_zeros(bsz, self.hidden_size)
                out = [None] * seq_len
                steps = range(seq_len - 1, -1, -1) if direction else range(seq_len)
                x_steps = x.unbind(0)  # not x[t]: indexing back-propagates a full zero tensor per step
                for t in steps:
                    h_new, c_new = cell(x_steps[t], (h, c), valid[t], bn_weight)
                    keep = valid[t].unsqueeze(1)
                    h, c = torch.where(keep, h_new, h), torch.where(keep, c_new, c)
                    out[t] = h_new * keep
                outputs.append(torch.stack(out))
                final_h.append(h)
                final_c.append(c)
            x = torch.cat(outputs, dim=2)
            if layer < self.num_layers - 1:
                x = F.dropout(x, self.dropout, self.training)
        return x, (torch.stack(final_h), torch.stack(final_c))


class CostOutLSTMEncoder(FairseqEncoder):
    """Embeddings -> (bidirectional) LSTM stack. Returns a tuple:
    (outputs B x S x D*H, final hiddens L x B x D*H, final cells L x B x D*H, padding mask B x S).
    """

    def __init__(self, dictionary, embed_tokens, hidden_size, num_layers, bidirectional,
                 dropout_in, dropout_out, batch_norm=False, bn_weight=None):
        super().__init__(dictionary)
        self.embed_tokens = embed_tokens
        self.padding_idx = dictionary.pad()
        self.num_layers, self.hidden_size = num_layers, hidden_size
        self.bidirectional = bidirectional
        self.dropout_in_module = FairseqDropout(dropout_in, module_name=self.__class__.__name__)
        self.dropout_out_module = FairseqDropout(dropout_out, module_name=self.__class__.__name__)
        self.output_units = hidden_size * (2 if bidirectional else 1)
        inner_dropout = dropout_out if num_layers > 1 else 0.0
        embed_dim = embed_tokens.embedding_dim
        self.bn_weight = bn_weight
        if batch_norm:
            self.lstm = BNLSTM(embed_dim, hidden_size, num_layers, bidirectional, inner_dropout)
        else:
            self.lstm = uniform_(nn.LSTM(embed_dim, hidden_size, num_layers,
                                         dropout=inner_dropout, bidirectional=bidirectional))

    def forward(self, src_tokens, src_lengths):
        # Right-pad (fairseq left-pads sources by default): packing needs it.
        src_tokens = utils.convert_padding_direction(
            src_tokens, torch.full_like(src_tokens, self.padding_idx), left_to_right=True
        )
        padding_mask = src_tokens.eq(self.padding_idx)  # B x S
        x = self.dropout_in_module(self.embed_tokens(src_tokens)).transpose(0, 1)  # S x B x C
        if isinstance(self.lstm, BNLSTM):
            x, (final_h, final_c) = self.lstm(x, ~padding_mask.t(), self.bn_weight.weight)
        else:
            packed = nn.utils.rnn.pack_padded_sequence(x, src_lengths.cpu(), enforce_sorted=False)
            packed_out, (final_h, final_c) = self.lstm(packed)
            x, _ = nn.utils.rnn.pad_packed_sequence(packed_out, total_length=x.size(0))
        x = self.dropout_out_module(x).transpose(0, 1).contiguous()  # B x S x D*H
        if self.bidirectional:  # (L*2) x B x H -> L x B x 2H, forward state first
            final_h, final_c = (
                s.view(self.num_layers, 2, s.size(1), -1).transpose(1, 2).reshape(
                    self.num_layers, s.size(1), -1)
                for s in (final_h, final_c)
            )
        return x, final_h, final_c, padding_mask

    def reorder_encoder_out(self, encoder_out, new_order):
        outputs, final_h, final_c, padding_mask = encoder_out
        return (outputs.index_select(0, new_order), final_h.index_select(1, new_order),
                final_c.index_select(1, new_order), padding_mask.index_select(0, new_order))

    def max_positions(self):
        return int(1e5)


class LuongAttention(nn.Module):
    """Global attention, "general" score (Luong et al. 2015, eqs. 5, 8):
    a_t = softmax_s(h_t^T W_a h_s), c_t = sum_s a_ts h_s, h~_t = tanh(W_c [c_t; h_t]).
    The source is batch-first (B x S x E).
    """

    def __init__(self, query_dim, source_dim, output_dim):
        super().__init__()
        self.score_proj = uniform_(nn.Linear(query_dim, source_dim, bias=False))
        self.output_proj = uniform_(nn.Linear(source_dim + query_dim, output_dim, bias=False))

    def forward(self, query, source, padding_mask):
        # Broadcast products rather than bmm: these are matrix-vector products, for which bmm
        # (and its backward, batched outer products) is slower on CPU (benchmarks/bench_lstm.py).
        scores = (source * self.score_proj(query).unsqueeze(1)).sum(2)  # B x S
        weights = F.softmax(scores.masked_fill(padding_mask, float("-inf")), dim=1)
        context = (weights.unsqueeze(2) * source).sum(1)  # B x E
        return torch.tanh(self.output_proj(torch.cat((context, query), dim=1))), weights


class CostOutLSTMDecoder(FairseqIncrementalDecoder):
    """Stacked LSTM cells with input feeding and Luong attention; full-softmax or k-expansion head.

    With a k-expansion head, `forward` returns the K * k digit logits, `self.kexpansion` is the
    KExpansionHead, and `get_normalized_probs` returns full-vocabulary log-probabilities.
    """

    def __init__(self, dictionary, embed_tokens, hidden_size, num_layers, attention_dim,
                 encoder_output_units, dropout_in, dropout_out, output_head="softmax",
                 kexpansion_k=1024, kexpansion_digits=None, batch_norm=False, bn_weight=None):
        super().__init__(dictionary)
        self.embed_tokens = embed_tokens
        self.hidden_size, self.num_layers, self.attention_dim = hidden_size, num_layers, attention_dim
        self.dropout_in_module = FairseqDropout(dropout_in, module_name=self.__class__.__name__)
        self.dropout_out_module = FairseqDropout(dropout_out, module_name=self.__class__.__name__)
        self.need_attn = True
        self.bn_weight = bn_weight
        if encoder_output_units != hidden_size:
            self.encoder_hidden_proj = uniform_(nn.Linear(encoder_output_units, hidden_size))
            self.encoder_cell_proj = uniform_(nn.Linear(encoder_output_units, hidden_size))
        else:
            self.encoder_hidden_proj = self.encoder_cell_proj = None
        embed_dim = embed_tokens.embedding_dim
        self.layers = nn.ModuleList(
            BNLSTMCell(embed_dim + attention_dim if layer == 0 else hidden_size, hidden_size,
                       batch_norm)
            for layer in range(num_layers)
        )
        self.attention = LuongAttention(hidden_size, encoder_output_units, attention_dim)
        if output_head == "kexpansion":
            self.kexpansion = KExpansionHead(
                attention_dim, len(dictionary), kexpansion_k, kexpansion_digits)
            uniform_(self.kexpansion)
            self.output_projection = None
        elif output_head == "softmax":
            self.kexpansion = None
            self.output_projection = uniform_(nn.Linear(attention_dim, len(dictionary)))
        else:
            raise ValueError(f"--output-head must be one of {', '.join(OUTPUT_HEADS)}; "
                             f"got {output_head!r}")

    def forward(self, prev_output_tokens, encoder_out, incremental_state=None, **unused):
        x, attn = self.extract_features(prev_output_tokens, encoder_out, incremental_state)
        return self.output_layer(x), attn

    def extract_features(self, prev_output_tokens, encoder_out, incremental_state=None):
        source, encoder_h, encoder_c, source_padding = encoder_out
        cached = None
        if incremental_state is not None:
            cached = self.get_incremental_state(incremental_state, "cached_state")
        if cached is not None:
            prev_output_tokens = prev_output_tokens[:, -1:]
        bsz, seq_len = prev_output_tokens.shape
        target_valid = prev_output_tokens.ne(self.dictionary.pad()).t()  # T x B, for BN stats
        x = self.dropout_in_module(self.embed_tokens(prev_output_tokens)).transpose(0, 1)

        if cached is not None:
            hiddens, cells = list(cached["hiddens"].unbind(0)), list(cached["cells"].unbind(0))
            input_feed = cached["input_feed"]
        else:
            hiddens, cells = list(encoder_h.unbind(0)), list(encoder_c.unbind(0))
            if self.encoder_hidden_proj is not None:
                hiddens = [self.encoder_hidden_proj(h) for h in hiddens]
                cells = [self.encoder_cell_proj(c) for c in cells]
            input_feed = x.new_zeros(bsz, self.attention_dim)

        bn_weight = None if self.bn_weight is None else self.bn_weight.weight
        x_steps = x.unbind(0)  # not x[t]: indexing back-propagates a full zero tensor per step
        outs, attns = [], []
        for t in range(seq_len):
            layer_input = torch.cat((x_steps[t], input_feed), dim=1)  # input feeding
            for i, cell in enumerate(self.layers):
                hiddens[i], cells[i] = cell(layer_input, (hiddens[i], cells[i]),
                                            target_valid[t], bn_weight)
                if i < self.num_layers - 1:  # the top layer feeds attention undropped
                    layer_input = self.dropout_out_module(hiddens[i])
            attentional, weights = self.attention(hiddens[-1], source, source_padding)
            input_feed = self.dropout_out_module(attentional)
            outs.append(input_feed)
            attns.append(weights)

        if incremental_state is not None:
            self.set_incremental_state(incremental_state, "cached_state", {
                "hiddens": torch.stack(hiddens), "cells": torch.stack(cells),
                "input_feed": input_feed,
            })
        features = torch.stack(outs, dim=1)  # B x T x A
        attn = torch.stack(attns, dim=1) if (not self.training and self.need_attn) else None
        return features, attn

    def output_layer(self, features):
        if self.kexpansion is not None:
            return self.kexpansion(features)
        return self.output_projection(features)

    def get_normalized_probs(self, net_output, log_probs, sample=None):
        if self.kexpansion is None:
            return super().get_normalized_probs(net_output, log_probs, sample)
        word_lprobs = self.kexpansion.word_log_probs(net_output[0])
        return word_lprobs if log_probs else word_lprobs.exp()

    def reorder_incremental_state(self, incremental_state, new_order):
        cached = self.get_incremental_state(incremental_state, "cached_state")
        if cached is None:
            return
        self.set_incremental_state(incremental_state, "cached_state", {
            "hiddens": cached["hiddens"].index_select(1, new_order),
            "cells": cached["cells"].index_select(1, new_order),
            "input_feed": cached["input_feed"].index_select(0, new_order),
        })

    def max_positions(self):
        return int(1e5)

    def make_generation_fast_(self, need_attn=False, **kwargs):
        self.need_attn = need_attn


@register_model("costout_lstm")
class CostOutLSTMModel(FairseqEncoderDecoderModel):
    supports_kexpansion_head = True  # costout_hsoftmax accepts this arch (with --output-head kexpansion)

    @staticmethod
    def add_args(parser):
        # fmt: off
        parser.add_argument('--dropout', type=float, metavar='D', help='dropout probability')
        parser.add_argument('--encoder-embed-dim', type=int, metavar='N',
                            help='encoder word embedding dimension')
        parser.add_argument('--encoder-embed-path', type=str, metavar='STR',
                            help='word2vec text file to initialize encoder embeddings from')
        parser.add_argument('--encoder-hidden-size', type=int, metavar='N',
                            help='LSTM cells per encoder layer and direction')
        parser.add_argument('--encoder-layers', type=int, metavar='N', help='encoder layers')
        parser.add_argument('--encoder-bidirectional', type=utils.eval_bool, metavar='BOOL',
                            help='bidirectional encoder (True/False)')
        parser.add_argument('--decoder-embed-dim', type=int, metavar='N',
                            help='decoder word embedding dimension')
        parser.add_argument('--decoder-embed-path', type=str, metavar='STR',
                            help='word2vec text file to initialize decoder embeddings from')
        parser.add_argument('--decoder-hidden-size', type=int, metavar='N',
                            help='LSTM cells per decoder layer')
        parser.add_argument('--decoder-layers', type=int, metavar='N', help='decoder layers')
        parser.add_argument('--attention-dim', type=int, metavar='N',
                            help='size of the attentional vector h~ = tanh(W_c[c; h]), which is '
                                 'input-fed and feeds the output head')
        parser.add_argument('--encoder-dropout-in', type=float, metavar='D')
        parser.add_argument('--encoder-dropout-out', type=float, metavar='D')
        parser.add_argument('--decoder-dropout-in', type=float, metavar='D')
        parser.add_argument('--decoder-dropout-out', type=float, metavar='D')
        parser.add_argument('--output-head', choices=OUTPUT_HEADS,
                            help='full softmax, or k-expansion digits (needed by costout_hsoftmax)')
        parser.add_argument('--kexpansion-k', type=int, metavar='K',
                            help='base k of the k-expansion head (paper: 1024)')
        parser.add_argument('--kexpansion-digits', type=int, metavar='N',
                            help='digits per word; default ceil(log_k V)')
        parser.add_argument('--lstm-batch-norm', type=utils.eval_bool, metavar='BOOL',
                            help='batch-normalize gate net values and cell vectors (paper)')
        parser.add_argument('--lstm-bn-weight', type=float, metavar='W',
                            help='initial weight of the normalization')
        parser.add_argument('--lstm-bn-decay-updates', type=int, metavar='N',
                            help='updates over which the weight decays linearly to 0 '
                                 '(0: constant); the paper decays it over ~20 epochs')
        # fmt: on

    @classmethod
    def build_model(cls, args, task):
        base_architecture(args)
        if args.encoder_layers != args.decoder_layers:
            raise ValueError("--encoder-layers must equal --decoder-layers (the decoder starts "
                             "from the encoder's final states, layer by layer)")
        if getattr(args, "criterion", None) == "costout_hsoftmax" and args.output_head != "kexpansion":
            raise ValueError("--criterion costout_hsoftmax needs a k-expansion head: "
                             "add --output-head kexpansion to --arch " + args.arch)
        if args.kexpansion_k < 2:
            raise ValueError(f"--kexpansion-k must be an integer >= 2; got {args.kexpansion_k}")

        def embedding(path, dictionary, dim):
            if path:
                return load_embedding_file(path, dictionary, dim)
            return Embedding(len(dictionary), dim, dictionary.pad())

        bn_weights = [None, None]
        if args.lstm_batch_norm:
            bn_weights = [BatchNormWeight(args.lstm_bn_weight, args.lstm_bn_decay_updates)
                          for _ in range(2)]
        encoder = CostOutLSTMEncoder(
            task.source_dictionary,
            embedding(args.encoder_embed_path, task.source_dictionary, args.encoder_embed_dim),
            args.encoder_hidden_size, args.encoder_layers, args.encoder_bidirectional,
            args.encoder_dropout_in, args.encoder_dropout_out,
            batch_norm=args.lstm_batch_norm, bn_weight=bn_weights[0],
        )
        decoder = CostOutLSTMDecoder(
            task.target_dictionary,
            embedding(args.decoder_embed_path, task.target_dictionary, args.decoder_embed_dim),
            args.decoder_hidden_size, args.decoder_layers, args.attention_dim,
            encoder.output_units, args.decoder_dropout_in, args.decoder_dropout_out,
            output_head=args.output_head, kexpansion_k=args.kexpansion_k,
            kexpansion_digits=args.kexpansion_digits,
            batch_norm=args.lstm_batch_norm, bn_weight=bn_weights[1],
        )
        return cls(encoder, decoder)


@register_model_architecture("costout_lstm", "costout_lstm")
def base_architecture(args):
    """The paper's configuration: bidirectional encoder, 4 x 1000 LSTM cells in encoder and
    decoder (500 per direction, so each bidirectional layer has 1000 cells and feeds a 1000-cell
    decoder), word embeddings of 50, attention of 250, input feeding."""
    args.dropout = getattr(args, "dropout", 0.2)
    args.encoder_embed_dim = getattr(args, "encoder_embed_dim", 50)
    args.encoder_embed_path = getattr(args, "encoder_embed_path", None)
    args.encoder_bidirectional = getattr(args, "encoder_bidirectional", True)
    args.encoder_hidden_size = getattr(
        args, "encoder_hidden_size", 500 if args.encoder_bidirectional else 1000)
    args.encoder_layers = getattr(args, "encoder_layers", 4)
    args.decoder_embed_dim = getattr(args, "decoder_embed_dim", 50)
    args.decoder_embed_path = getattr(args, "decoder_embed_path", None)
    args.decoder_hidden_size = getattr(args, "decoder_hidden_size", 1000)
    args.decoder_layers = getattr(args, "decoder_layers", 4)
    args.attention_dim = getattr(args, "attention_dim", 250)
    args.encoder_dropout_in = getattr(args, "encoder_dropout_in", args.dropout)
    args.encoder_dropout_out = getattr(args, "encoder_dropout_out", args.dropout)
    args.decoder_dropout_in = getattr(args, "decoder_dropout_in", args.dropout)
    args.decoder_dropout_out = getattr(args, "decoder_dropout_out", args.dropout)
    args.output_head = getattr(args, "output_head", "softmax")
    args.kexpansion_k = getattr(args, "kexpansion_k", 1024)
    args.kexpansion_digits = getattr(args, "kexpansion_digits", None)
    args.lstm_batch_norm = getattr(args, "lstm_batch_norm", False)
    args.lstm_bn_weight = getattr(args, "lstm_bn_weight", 1.0)
    args.lstm_bn_decay_updates = getattr(args, "lstm_bn_decay_updates", 0)


@register_model_architecture("costout_lstm", "costout_lstm_paper")
def costout_lstm_paper(args):
    base_architecture(args)


@register_model_architecture("costout_lstm", "costout_lstm_tiny")
def costout_lstm_tiny(args):
    """For tests: 2 layers of 16 cells, embeddings and attention of 16, k = 8."""
    args.dropout = getattr(args, "dropout", 0.0)
    args.encoder_embed_dim = getattr(args, "encoder_embed_dim", 16)
    args.encoder_hidden_size = getattr(args, "encoder_hidden_size", 8)
    args.encoder_layers = getattr(args, "encoder_layers", 2)
    args.decoder_embed_dim = getattr(args, "decoder_embed_dim", 16)
    args.decoder_hidden_size = getattr(args, "decoder_hidden_size", 16)
    args.decoder_layers = getattr(args, "decoder_layers", 2)
    args.attention_dim = getattr(args, "attention_dim", 16)
    args.kexpansion_k = getattr(args, "kexpansion_k", 8)
    base_architecture(args)
