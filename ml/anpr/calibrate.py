"""Temperature scaling of the reader's logits, fitted on anpr-data's validation split.

Label smoothing leaves the per-slot probabilities deliberately soft, so their product would
understate the whole-plate confidence; one temperature (lowest validation NLL) fixes the scale."""
import torch
from torch import nn
from torch.nn import functional as F

from .reader_data import ReaderDataset
from .reader_model import slot_masks
from .reader_sources import validation_items


def fit_temperature(model):
    loader = torch.utils.data.DataLoader(ReaderDataset(validation_items(), augment=False), batch_size=128)
    model.eval()
    with torch.no_grad():
        batches = [(model(x) + slot_masks(), y) for x, y in loader]
    logits = torch.cat([b[0] for b in batches]).reshape(-1, batches[0][0].shape[-1])
    labels = torch.cat([b[1] for b in batches]).reshape(-1)
    nll = lambda t: F.cross_entropy(logits / t, labels).item()
    return min((0.3 + 0.05 * i for i in range(35)), key=nll)


class Calibrated(nn.Module):
    def __init__(self, model, temperature):
        super().__init__()
        self.model, self.temperature = model, temperature

    def forward(self, x):
        return self.model(x) / self.temperature
