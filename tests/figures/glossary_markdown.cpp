// Prints docs/indicators.md as the glossary in modules/figures/glossary.cpp writes it (English).
#include "figures/glossary.h"

#include <cstdio>

int main()
{
    std::fputs(perisai::figures::glossaryMarkdown().toUtf8().constData(), stdout);
    return 0;
}
