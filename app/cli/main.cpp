#include <iostream>
int main() { std::cout << "hyperlab-cli " HYPERLAB_VERSION "\n"; }
