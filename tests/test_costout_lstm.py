"""The `costout_lstm` model (fairseq_costout/models/costout_lstm.py)."""
import pytest
import torch
import torch.nn as nn

import fairseq_helpers
from fairseq_costout.models.costout_lstm import BatchNormWeight, BNLSTM, MaskedBatchNorm


def build(data_dir, save_dir, flags):
    """(task, model, criterion); each test's flags name the costout_lstm arch."""
    return fairseq_helpers.build(data_dir, save_dir, flags, model=())


def copy_into_torch_lstm(bn_lstm):
    """A torch.nn.LSTM with the same weights as a BNLSTM."""
    lstm = nn.LSTM(bn_lstm.cells[0].input_size, bn_lstm.hidden_size, bn_lstm.num_layers,
                   bidirectional=bn_lstm.directions == 2)
    for layer in range(bn_lstm.num_layers):
        for direction in range(bn_lstm.directions):
            cell = bn_lstm.cells[layer * bn_lstm.directions + direction]
            suffix = f"l{layer}" + ("_reverse" if direction else "")
            for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                getattr(lstm, f"{name}_{suffix}").data.copy_(getattr(cell, name))
    return lstm


@pytest.mark.parametrize("bidirectional", [False, True])
def test_batch_norm_cell_at_weight_zero_is_torch_lstm(bidirectional):
    torch.manual_seed(0)
    bn_lstm = BNLSTM(5, 7, num_layers=2, bidirectional=bidirectional, batch_norm=True).train()
    lstm = copy_into_torch_lstm(bn_lstm)
    # Move the normalization far from identity, so that only w = 0 can hide it.
    for module in bn_lstm.modules():
        if isinstance(module, MaskedBatchNorm):
            nn.init.uniform_(module.gain, 2, 3)
            nn.init.uniform_(module.shift, -1, 1)
    x = torch.randn(6, 4, 5)
    lengths = torch.tensor([6, 4, 3, 1])
    valid = torch.arange(6).unsqueeze(1) < lengths  # T x B, right-padded
    out, (h_n, c_n) = bn_lstm(x, valid, torch.tensor(0.0))
    packed = nn.utils.rnn.pack_padded_sequence(x, lengths)
    ref_packed, (ref_h, ref_c) = lstm(packed)
    ref_out, _ = nn.utils.rnn.pad_packed_sequence(ref_packed, total_length=6)
    torch.testing.assert_close(out, ref_out, atol=1e-6, rtol=0)
    torch.testing.assert_close(h_n, ref_h, atol=1e-6, rtol=0)
    torch.testing.assert_close(c_n, ref_c, atol=1e-6, rtol=0)
    # ...and at w = 1 the normalization is really there.
    out_bn, _ = bn_lstm(x, valid, torch.tensor(1.0))
    assert (out_bn - ref_out).abs().max() > 1e-2


def test_batch_norm_statistics_ignore_padding_rows():
    torch.manual_seed(1)
    norm = MaskedBatchNorm(3).train()
    x = torch.randn(5, 3)
    valid = torch.tensor([True, True, False, True, False])
    y = norm(x, valid)
    x_changed = x.clone()
    x_changed[~valid] = 1e3  # padding rows' values must not move the statistics
    y_changed = MaskedBatchNorm(3).train()(x_changed, valid)
    torch.testing.assert_close(y[valid], y_changed[valid])
    torch.testing.assert_close(y[valid].mean(0), torch.zeros(3), atol=1e-5, rtol=0)


def test_batch_norm_weight_decays_linearly_to_zero_and_stays_there():
    schedule = BatchNormWeight(initial=0.8, decay_updates=100)
    seen = []
    for updates in (0, 50, 100, 1000):
        schedule.set_num_updates(updates)
        seen.append(float(schedule.weight))
    assert seen == pytest.approx([0.8, 0.4, 0.0, 0.0])
    constant = BatchNormWeight(initial=0.5, decay_updates=0)
    constant.set_num_updates(10**6)
    assert float(constant.weight) == 0.5


@pytest.fixture(scope="module")
def tiny(mt_data_bin, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lstm")
    task, model, _ = build(mt_data_bin, tmp, ["--arch", "costout_lstm_tiny",
                                              "--criterion", "cross_entropy"])
    itr = task.get_batch_iterator(dataset=task.dataset("train"), max_tokens=200, seed=1)
    return task, next(iter(itr.next_epoch_itr(shuffle=False)))


@pytest.mark.parametrize("flags", [
    [], ["--output-head", "kexpansion"], ["--lstm-batch-norm", "True", "--lstm-bn-weight", "0.5"],
])
def test_incremental_decoding_matches_teacher_forcing(mt_data_bin, tmp_path, tiny, flags):
    """What beam search sees step by step is what training computed for the whole sentence."""
    task, sample = tiny
    _, model, _ = build(mt_data_bin, tmp_path, ["--arch", "costout_lstm_tiny",
                                                "--criterion", "cross_entropy", *flags])
    model.train()  # one update, so that BN running statistics are not the identity
    model(**sample["net_input"])[0].sum().backward()
    model.eval()
    net_input = sample["net_input"]
    with torch.no_grad():
        full = model.get_normalized_probs(model(**net_input), log_probs=True)
        encoder_out = model.encoder(net_input["src_tokens"], net_input["src_lengths"])
        state, steps = {}, []
        prev = net_input["prev_output_tokens"]
        for t in range(prev.size(1)):
            out = model.decoder(prev[:, :t + 1], encoder_out, incremental_state=state)
            steps.append(model.get_normalized_probs(out, log_probs=True))
    valid = sample["target"].ne(task.target_dictionary.pad())
    stepwise = torch.cat(steps, dim=1)
    torch.testing.assert_close(stepwise[valid], full[valid], atol=1e-5, rtol=0)


def test_paper_architecture_sizes(mt_data_bin, tmp_path):
    _, model, _ = build(mt_data_bin, tmp_path, ["--arch", "costout_lstm_paper",
                                                "--output-head", "kexpansion",
                                                "--criterion", "costout_hsoftmax"])
    encoder, decoder = model.encoder, model.decoder
    assert encoder.embed_tokens.embedding_dim == decoder.embed_tokens.embedding_dim == 50
    assert encoder.lstm.num_layers == 4 and encoder.lstm.bidirectional
    assert encoder.output_units == 1000  # 2 x 500 cells per encoder layer
    assert len(decoder.layers) == 4 and all(c.hidden_size == 1000 for c in decoder.layers)
    assert decoder.layers[0].input_size == 50 + 250  # word embedding + input-fed h~
    assert decoder.attention.output_proj.out_features == 250
    assert decoder.kexpansion.k == 1024 and decoder.kexpansion.digits == 1


def test_embeddings_load_from_word2vec_text_files(mt_data_bin, tmp_path):
    from fairseq.data import Dictionary
    src_dict = Dictionary.load(str(mt_data_bin / "dict.en.txt"))
    words = [src_dict[i] for i in range(4, 7)]
    vectors = torch.arange(3 * 16, dtype=torch.float).view(3, 16) / 10
    path = tmp_path / "en.vec"
    path.write_text(f"{len(words)} 16\n" + "".join(
        w + " " + " ".join(f"{v:.1f}" for v in vec.tolist()) + "\n" for w, vec in zip(words, vectors)))
    _, model, _ = build(mt_data_bin, tmp_path, ["--arch", "costout_lstm_tiny",
                                                "--criterion", "cross_entropy",
                                                "--encoder-embed-path", str(path)])
    torch.testing.assert_close(model.encoder.embed_tokens.weight[4:7].detach(), vectors)

    with pytest.raises(ValueError, match="en.vec.*embedding dimension is 8"):
        build(mt_data_bin, tmp_path, ["--arch", "costout_lstm_tiny", "--criterion",
                                      "cross_entropy", "--encoder-embed-path", str(path),
                                      "--encoder-embed-dim", "8"])


def test_set_num_updates_reaches_the_cells_and_checkpoints_carry_the_weight(mt_data_bin, tmp_path):
    _, model, _ = build(mt_data_bin, tmp_path, [
        "--arch", "costout_lstm_tiny", "--criterion", "cross_entropy", "--lstm-batch-norm", "True",
        "--lstm-bn-weight", "1.0", "--lstm-bn-decay-updates", "10"])
    model.set_num_updates(4)
    state = model.state_dict()
    assert float(state["encoder.bn_weight.weight"]) == pytest.approx(0.6)
    assert float(state["decoder.bn_weight.weight"]) == pytest.approx(0.6)


def test_unequal_layer_counts_are_an_error_naming_the_options(mt_data_bin, tmp_path):
    with pytest.raises(ValueError, match="--encoder-layers"):
        build(mt_data_bin, tmp_path, ["--arch", "costout_lstm_tiny", "--criterion",
                                      "cross_entropy", "--decoder-layers", "3"])

